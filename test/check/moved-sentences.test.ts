import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {check} from '../../src/check/check.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {english, moved, turkish} from '../helpers/agency-lines.js'

/** Both texts as files of one sentence a line (one block a side), English the source. */
function alignLines(target: readonly string[]) {
  return align(parseDocument(english.join('\n'), {format: 'lines', lang: 'en'}), parseDocument(target.join('\n'), {format: 'lines', lang: 'tr'}))
}

const places = (findings: ReturnType<typeof check>) =>
  findings.map((finding) => ({rule: finding.ruleId, severity: finding.severity, message: finding.reason, source: finding.sourceLocation?.line ?? null, target: finding.targetLocation?.line ?? null}))

describe('moved: sentences', () => {
  it('reports a line moved in a file without paragraph marks as one finding with both lines, not as one missing and one extra', () => {
    // The Izmir sentence, line 3 of the English, is line 9 of the Turkish.
    const findings = check(alignLines(moved(turkish, 2, 8))).filter((finding) => finding.severity !== 'info')
    expect(places(findings)).toStrictEqual([
      {rule: 'moved', severity: 'warning', message: 'Sentence moved: source line 3 is translated at target line 9, out of order', source: 3, target: 9}
    ])
    expect(findings[0]?.evidence).toMatchObject({level: 'sentence'})
  })

  it('compares a moved sentence with its translation as a pair: a number changed on the way is a number-mismatch there', () => {
    // The Kars sentence (line 7) is the Turkish last line, its date changed from 5 to 6 May.
    const changed = [...turkish]
    changed[6] = 'Kars’ta yeni bir ofis 6 Mayıs 2023’te açıldı.'
    const findings = check(alignLines(moved(changed, 6, 9))).filter((finding) => finding.severity !== 'info')
    expect(places(findings)).toStrictEqual([
      {rule: 'moved', severity: 'warning', message: 'Sentence moved: source line 7 is translated at target line 10, out of order', source: 7, target: 10},
      {rule: 'number-mismatch', severity: 'error', message: 'Numbers differ: source has 5 May 2023, target has 6 Mayıs 2023’te', source: 7, target: 10}
    ])
  })

  it('reports a sentence moved to a paragraph far away in a real code of conduct, and does not call the paragraph it joined rewritten', () => {
    // Contributor Covenant 2.0 (CC BY 4.0, ../shared/corpora/contributor-covenant): the first sentence of the Turkish
    // scope paragraph (line 40) moved to the end of the FAQ paragraph (line 82); the English scope paragraph starts on line 58.
    const corpus = '../shared/corpora/contributor-covenant'
    const turkish = readFileSync(`${corpus}/tr.md`, 'utf8').split('\n')
    const [first = '', rest = ''] = (turkish[39] ?? '').split(/(?<=geçerlidir\.) /)
    turkish[39] = rest
    turkish[81] = `${turkish[81] ?? ''} ${first}`
    const alignment = align(parseDocument(turkish.join('\n'), {format: 'markdown', lang: 'tr'}), parseDocument(readFileSync(`${corpus}/en.md`, 'utf8'), {format: 'markdown', lang: 'en'}))
    const findings = check(alignment).filter((finding) => finding.severity !== 'info')
    expect(first.startsWith('Bu Davranış Kuralları tüm topluluk alanlarında geçerlidir')).toBe(true)
    expect(places(findings)).toStrictEqual([
      {rule: 'moved', severity: 'warning', message: 'Sentence moved: source line 82 is translated at target line 58, out of order', source: 82, target: 58}
    ])
  })

  it('reports a sentence moved to another paragraph, each paragraph still paired with its translation', () => {
    // Three paragraphs a side, one a line; the third English sentence (the Izmir one, line 1) stands in the Turkish third paragraph (line 5).
    const paragraphs = (sentences: readonly string[]) => [sentences.slice(0, 4), sentences.slice(4, 7), sentences.slice(7)].map((part) => part.join(' ')).join('\n\n')
    const target = paragraphs(turkish).split('\n\n').map((paragraph) => paragraph.replace(`${turkish[2] ?? ''} `, ''))
    target[2] = `${target[2] ?? ''} ${turkish[2] ?? ''}`
    const alignment = align(parseDocument(paragraphs(english), {format: 'markdown', lang: 'en'}), parseDocument(target.join('\n\n'), {format: 'markdown', lang: 'tr'}))
    expect(alignment.blocks.map(({source, target}) => ({source, target}))).toStrictEqual([0, 1, 2].map((index) => ({source: [index], target: [index]})))
    const findings = check(alignment).filter((finding) => finding.severity !== 'info')
    expect(places(findings)).toStrictEqual([
      {rule: 'moved', severity: 'warning', message: 'Sentence moved: source line 1 is translated at target line 5, out of order', source: 1, target: 5}
    ])
  })
})
