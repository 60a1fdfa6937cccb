import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {toFindingJson} from '../../src/check/finding.js'
import {toCheckReport} from '../../src/check/to-check-report.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildAlignment} from './helpers/build-alignment.js'

// A file of one sentence a line is one block a side: twenty sentences, each with its own year.
const years = Array.from({length: 20}, (_, index) => 2001 + index)
const turkish = years.map((year) => `Kurum ${year} yılında yeni bir hizmet başlattı ve bunu duyurdu.`)
const english = years.map((year) => `The agency started a new service in ${year} and announced it.`)

/** The findings of a check of the two files, aligned line by line. */
function findingsOf(source: string[], target: string[]) {
  const alignment = buildAlignment(parseDocument(source.join('\n'), {format: 'lines', lang: 'tr'}), parseDocument(target.join('\n'), {format: 'lines', lang: 'en'}), [[[0], [0]]])
  return check(alignment).map((finding) => toFindingJson(finding))
}

// Twenty longer sentences, each naming its own city (a name, no number).
const cities = ['Ankara', 'İzmir', 'Bursa', 'Adana', 'Konya', 'Antalya', 'Kayseri', 'Mersin', 'Eskişehir', 'Samsun', 'Trabzon', 'Erzurum', 'Malatya', 'Denizli', 'Sivas', 'Van', 'Edirne', 'Kars', 'Rize', 'Muğla']
const turkishLong = cities.map((city) => `Kurum ${city} ofisinde yeni bir danışmanlık hizmeti başlattı ve bunu herkese duyurdu, başvurular hemen açıldı.`)
const englishLong = cities.map((city) => `The agency started a new advice service at its ${city} office and announced it to everyone; applications opened at once.`)
const unrelated = 'Heavy rain is expected along the whole coast on Tuesday, forecasters said in their latest weekly update.'

describe('a block pair of one sentence a line', () => {
  it('reports a number that differs in one sentence at that sentence, not over the whole file', () => {
    const changed = english.map((line, index) => (index === 8 ? line.replace('2009', '2010') : line))
    expect(findingsOf(turkish, changed).map((finding) => [finding.rule, finding.message, finding.source?.line, finding.target?.line, finding.target?.endLine])).toStrictEqual([
      ['number-mismatch', 'Numbers differ: source has 2009, target has 2010', 9, 9, 9]
    ])
  })

  it('reports a sentence the aligner scored as unrelated as divergent at its own line', () => {
    const replaced = englishLong.map((line, index) => (index === 11 ? unrelated : line))
    const sentences = cities.map((_, index): [number[], number[], number] => [[index], [index], index === 11 ? 0.2 : 0.9])
    const alignment = buildAlignment(parseDocument(turkishLong.join('\n'), {format: 'lines', lang: 'tr'}), parseDocument(replaced.join('\n'), {format: 'lines', lang: 'en'}), [[[0], [0]]], sentences)
    expect(check(alignment).map((finding) => toFindingJson(finding)).map((finding) => [finding.rule, finding.message, finding.source?.line, finding.target?.line, finding.target?.endLine])).toStrictEqual([
      ['divergent', 'Pair reads as rewritten, not translated: its alignment score 0.2 is below 0.47', 12, 12, 12]
    ])
  })

  it('reports one finding for a sentence pair that two rules judge: the changed number, with the divergent verdict as its evidence', () => {
    const replaced = english.map((line, index) => (index === 11 ? 'Heavy rain is expected on the coast in 1999, they said.' : line))
    const sentences = years.map((_, index): [number[], number[], number] => [[index], [index], index === 11 ? 0.1 : 0.9])
    const alignment = buildAlignment(parseDocument(turkish.join('\n'), {format: 'lines', lang: 'tr'}), parseDocument(replaced.join('\n'), {format: 'lines', lang: 'en'}), [[[0], [0]]], sentences)
    const findings = check(alignment).map((finding) => toFindingJson(finding))
    expect(findings.map((finding) => [finding.rule, finding.message, finding.target?.line])).toStrictEqual([['number-mismatch', 'Numbers differ: source has 2012, target has 1999', 12]])
    expect(findings[0]?.evidence.also).toStrictEqual([
      {rule: 'divergent', severity: 'warning', message: 'Pair reads as rewritten, not translated: its alignment score 0.1 is below 0.15', evidence: {score: 0.1, threshold: 0.15}}
    ])
  })

  it('finds nothing in a faithful pair whose numbers all match', () => {
    expect(findingsOf(turkish, english)).toStrictEqual([])
  })

  it('carries its sentence beads in the JSON report, for views that show a row a sentence', () => {
    const alignment = buildAlignment(parseDocument(turkish.join('\n'), {format: 'lines', lang: 'tr'}), parseDocument(english.join('\n'), {format: 'lines', lang: 'en'}), [[[0], [0]]])
    const report = toCheckReport(alignment, check(alignment))
    const [entry] = report.alignment.sentenceBeads ?? []
    expect([report.alignment.sentenceBeads?.length, entry?.bead, entry?.sentences.length]).toStrictEqual([1, 0, 20])
    // The ninth line of the Turkish file: after eight lines of 60 characters and their line breaks.
    expect(entry?.sentences[8]?.source).toStrictEqual([{index: 8, block: 0, start: 8 * 61, end: 8 * 61 + 60, line: 9}])
    expect(turkish[8]?.length).toBe(60)
  })

  it('leaves the sentence beads out of the JSON report when no block pair is long and no file is one sentence a line', () => {
    // Five sentences a line in a Markdown paragraph: one paragraph, wrapped.
    const alignment = buildAlignment(parseDocument(turkish.slice(0, 5).join('\n'), {format: 'markdown', lang: 'tr'}), parseDocument(english.slice(0, 5).join('\n'), {format: 'markdown', lang: 'en'}), [[[0], [0]]])
    expect(toCheckReport(alignment, []).alignment).not.toHaveProperty('sentenceBeads')
  })

  it('judges and shows a short file of one sentence a line line by line too', () => {
    const changed = english.slice(0, 5).map((line, index) => (index === 3 ? line.replace('2004', '2005') : line))
    expect(findingsOf(turkish.slice(0, 5), changed).map((finding) => [finding.rule, finding.source?.line, finding.target?.line, finding.target?.endLine])).toStrictEqual([['number-mismatch', 4, 4, 4]])
    const alignment = buildAlignment(parseDocument(turkish.slice(0, 5).join('\n'), {format: 'lines', lang: 'tr'}), parseDocument(english.slice(0, 5).join('\n'), {format: 'lines', lang: 'en'}), [[[0], [0]]])
    expect(toCheckReport(alignment, []).alignment.sentenceBeads?.[0]?.sentences).toHaveLength(5)
  })
})
