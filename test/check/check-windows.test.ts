import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {alignWindows} from '../../src/align/align-windows.js'
import {check} from '../../src/check/check.js'
import {checkWindows, joinReports, windowReports} from '../../src/check/check-windows.js'
import {toCheckReport} from '../../src/check/to-check-report.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildAlignment, buildDocument} from './helpers/build-alignment.js'

const tr = parseDocument(readFileSync('fixtures/iskur-international-relations/tr.txt', 'utf8'), {format: 'text'})
const en = parseDocument(readFileSync('fixtures/iskur-international-relations/en.txt', 'utf8'), {format: 'text'})

describe('checkWindows', () => {
  it('finds on the seed pair in windows of eight blocks what the whole check finds, at the same places', () => {
    const whole = toCheckReport(align(tr, en), check(align(tr, en)))
    const windowed = checkWindows(alignWindows(tr, en, {windowBlocks: 8}))
    // Scores differ a little: each window learns its word pairs from its own beads (the divergent pair: 0.5589 against 0.5734).
    const placed = (report: typeof whole) => report.findings.map(({evidence, ...finding}) => finding)
    const paired = (report: typeof whole) => report.alignment.beads.map(({score, ...bead}) => bead)
    expect(placed(windowed)).toStrictEqual(placed(whole))
    expect(paired(windowed)).toStrictEqual(paired(whole))
    expect([windowed.source, windowed.target, windowed.alignment.source, windowed.alignment.target, windowed.summary]).toStrictEqual([
      whole.source,
      whole.target,
      whole.alignment.source,
      whole.alignment.target,
      whole.summary
    ])
  })

  it('numbers the sentence beads of long block pairs in the whole documents, as the whole check does', () => {
    // Six paragraphs of fourteen lines, one sentence a line, a blank line between paragraphs.
    const paragraphs = (line: (paragraph: number, sentence: number) => string) =>
      Array.from({length: 6}, (_, paragraph) => Array.from({length: 14}, (_, sentence) => line(paragraph, sentence)).join('\n')).join('\n\n')
    const source = parseDocument(paragraphs((p, n) => `Kurum ${2001 + p * 14 + n} yılında yeni bir hizmet başlattı.`), {format: 'lines', lang: 'tr'})
    const target = parseDocument(paragraphs((p, n) => `The agency started a new service in ${2001 + p * 14 + n}.`), {format: 'lines', lang: 'en'})
    const whole = toCheckReport(align(source, target), check(align(source, target)))
    const windowed = checkWindows(alignWindows(source, target, {windowBlocks: 2}))
    const shape = (report: typeof whole) => report.alignment.sentenceBeads?.map((entry) => ({bead: entry.bead, sentences: entry.sentences.map(({score, ...bead}) => bead)}))
    expect(whole.alignment.sentenceBeads?.map((entry) => entry.bead)).toStrictEqual([0, 1, 2, 3, 4, 5])
    expect(shape(windowed)).toStrictEqual(shape(whole))
    // The fourth paragraph's first sentence, 'The agency started a new service in 2043.' (41 characters), after three paragraphs of 14 lines and a blank one each.
    expect(windowed.alignment.sentenceBeads?.[3]?.sentences[0]?.target).toStrictEqual([{index: 42, block: 3, start: 0, end: 41, line: 46}])
  })

  it('numbers a window’s blocks, sentences and evidence in the whole documents', () => {
    const source = buildDocument(['Currently your app renders correctly.', 'Next, add inverse data flow.'], {lang: 'en'})
    const target = buildDocument(['Uygulamanız şu anda doğru çalışıyor.', 'Uygulamanız şu anda  doğru çalışıyor.', 'Sonra ters veri akışı ekleyin.'], {lang: 'tr'})
    const alignment = buildAlignment(source, target, [[[0], [0, 1]], [[1], [2]]])
    const offset = {source: {block: 10, sentence: 30}, target: {block: 12, sentence: 40}}
    const [report] = [...windowReports([{alignment, offset}], {rules: {'only-in-source': 'off', 'only-in-target': 'off'}})]
    const duplicate = report?.findings.find((finding) => finding.rule === 'duplicate')
    expect(duplicate?.target).toMatchObject({block: 13, line: 3})
    expect(duplicate?.evidence['first']).toMatchObject({block: 12, line: 1})
    expect(report?.alignment.beads).toStrictEqual([
      {source: [10], target: [12, 13], score: 0.9},
      {source: [11], target: [14], score: 0.9}
    ])
    expect(report?.alignment.source.map((block) => block.index)).toStrictEqual([10, 11])
  })

  it('throws a TypeError when there is no window to join', () => {
    expect(() => joinReports([])).toThrow(TypeError)
  })
})
