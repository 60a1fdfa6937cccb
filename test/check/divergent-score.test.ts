import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {unrelatedBelow} from '../../src/align/unrelated-score.js'
import {check} from '../../src/check/check.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildAlignment, buildDocument} from './helpers/build-alignment.js'
import {summarize} from './helpers/summarize.js'

// Hand-written paragraphs: the first and last agree; the middle one is either rewritten on the
// English side (about something else) or freely but faithfully translated.
const tr = [
  'Kurum 2019 yılında Ankara merkezli olarak kuruldu ve bugün 12 ilde hizmet veriyor.',
  'Toplantı geçen yıl Cenevre’de yapıldı; uluslararası katılımcılar gençlerin istihdamı ve yerel kalkınma üzerine görüş paylaştı.',
  'Daha fazla bilgi için 0312 555 01 01 numaralı telefonu arayabilirsiniz.'
]
const first = 'The agency was founded in 2019 in Ankara and today serves 12 provinces.'
const last = 'For more information you can call 0312 555 01 01.'
const rewritten = 'Our office building was renovated last spring, and visitors will now find the reception desk on the ground floor next to the lifts.'
const free = 'Last year the meeting took place in Geneva, where international participants talked about jobs for the young and local development.'

function alignTexts(source: readonly string[], target: readonly string[]) {
  return align(parseDocument(source.join('\n\n'), {format: 'text', lang: 'tr'}), parseDocument(target.join('\n\n'), {format: 'text', lang: 'en'}))
}

describe('divergent: a 1-1 pair whose alignment score says unrelated', () => {
  it('reports a paragraph rewritten about something else as divergent, with its score', () => {
    const alignment = alignTexts(tr, [first, rewritten, last])
    const middle = alignment.blocks[1]
    expect([middle?.source, middle?.target]).toStrictEqual([[1], [1]])
    const score = middle?.score ?? 1
    expect(score).toBeLessThan(unrelatedBelow)
    expect(summarize(check(alignment))).toStrictEqual([
      {
        rule: 'divergent',
        severity: 'warning',
        message: `Pair reads as rewritten, not translated: its alignment score ${score} is below 0.47`,
        source: 1,
        target: 1,
        evidence: {score, threshold: 0.47}
      }
    ])
  })

  it('finds nothing in a free but faithful translation of the same paragraph', () => {
    expect(check(alignTexts(tr, [first, free, last]))).toStrictEqual([])
  })

  it.each([
    {why: 'a score at the threshold', score: 0.47, tr: tr[1] ?? '', en: rewritten},
    {why: 'a short pair, whose score carries little evidence', score: 0.2, tr: 'Toplantı ve katılımcılar', en: 'Office and reception'}
  ])('does not judge by the score with $why', ({score, tr: source, en}) => {
    const alignment = buildAlignment(buildDocument([source], {lang: 'tr'}), buildDocument([en], {lang: 'en'}), [[[0], [0], score]])
    expect(check(alignment).filter((finding) => finding.ruleId === 'divergent')).toStrictEqual([])
  })

  it('judges a short pair by its score only when it is far lower: below 0.15', () => {
    const short = (score: number) => buildAlignment(buildDocument(['Toplantı ve katılımcılar'], {lang: 'tr'}), buildDocument(['Office and reception'], {lang: 'en'}), [[[0], [0], score]])
    expect(summarize(check(short(0.1))).filter((finding) => finding.rule === 'divergent')).toStrictEqual([
      {rule: 'divergent', severity: 'warning', message: 'Pair reads as rewritten, not translated: its alignment score 0.1 is below 0.15', source: 0, target: 0, evidence: {score: 0.1, threshold: 0.15}}
    ])
    expect(check(short(0.16)).filter((finding) => finding.ruleId === 'divergent')).toStrictEqual([])
  })

  it('leaves a short pair to only-in-source when one of its sentences has no counterpart, which explains its low score', () => {
    // Two Turkish sentences against one English: the second is the one the English dropped.
    const source = buildDocument(['Özel güven uygulaması. Bunu sadece ne yaptığınızı biliyorsanız kullanın.'], {lang: 'tr'})
    const alignment = buildAlignment(source, buildDocument(['Custom trust implementation.'], {lang: 'en'}), [[[0], [0], 0.05]], [[[0], [0]], [[1], []]])
    expect(check(alignment).map((finding) => finding.ruleId)).toStrictEqual(['only-in-source'])
  })

  it('judges a long paragraph against a short line by its score, a long one being less than 40 % as long', () => {
    // 126 characters against 35: a short line can be a rewrite of a long paragraph.
    const alignment = buildAlignment(buildDocument([tr[1] ?? ''], {lang: 'tr'}), buildDocument(['Visitors enter on the ground floor.'], {lang: 'en'}), [[[0], [0], 0.2]])
    expect(check(alignment).map((finding) => finding.ruleId)).toStrictEqual(['divergent'])
  })

  it('does not judge a label against a long paragraph, nor a pair of lengths not far apart, by its score', () => {
    const label = buildAlignment(buildDocument([tr[1] ?? ''], {lang: 'tr'}), buildDocument(['Visitors'], {lang: 'en'}), [[[0], [0], 0.2]])
    const near = buildAlignment(buildDocument([tr[1] ?? ''], {lang: 'tr'}), buildDocument(['Visitors now find the reception desk on the ground floor.'], {lang: 'en'}), [[[0], [0], 0.2]])
    expect([...check(label), ...check(near)].filter((finding) => finding.ruleId === 'divergent')).toStrictEqual([])
  })

  it('does not judge a 2-1 pair by its score', () => {
    const alignment = buildAlignment(buildDocument([tr[1] ?? '', tr[2] ?? ''], {lang: 'tr'}), buildDocument([rewritten], {lang: 'en'}), [[[0, 1], [0], 0.1]])
    expect(check(alignment).filter((finding) => finding.ruleId === 'divergent')).toStrictEqual([])
  })

  it('reports a long 1-1 pair scored 0.3 with that score', () => {
    const alignment = buildAlignment(buildDocument([tr[1] ?? ''], {lang: 'tr'}), buildDocument([rewritten], {lang: 'en'}), [[[0], [0], 0.3]])
    expect(summarize(check(alignment)).filter((finding) => finding.rule === 'divergent')).toStrictEqual([
      {rule: 'divergent', severity: 'warning', message: 'Pair reads as rewritten, not translated: its alignment score 0.3 is below 0.47', source: 0, target: 0, evidence: {score: 0.3, threshold: 0.47}}
    ])
  })

  it('lowers the bar to 0.3 below the median score of eight or more long 1-1 pairs, for languages that share little', () => {
    const divergent = (low: number) => {
      const scores = [0.7, 0.7, 0.7, 0.7, low, 0.7, 0.7, 0.7, 0.7]
      const alignment = buildAlignment(buildDocument(scores.map(() => tr[1] ?? ''), {lang: 'tr'}), buildDocument(scores.map(() => free), {lang: 'en'}), scores.map((score, index) => [[index], [index], score]))
      return summarize(check(alignment)).filter((finding) => finding.rule === 'divergent')
    }
    expect(divergent(0.42)).toStrictEqual([])
    expect(divergent(0.35)).toStrictEqual([
      {rule: 'divergent', severity: 'warning', message: 'Pair reads as rewritten, not translated: its alignment score 0.35 is below 0.4', source: 4, target: 4, evidence: {score: 0.35, threshold: 0.4}}
    ])
  })

  it('counts the length of a Chinese block in English terms: 30 characters say what 90 do', () => {
    const english = 'The meeting took place in Geneva last year, and the participants talked about jobs for the young.'
    const chinese = '去年会议在日内瓦举行，与会者讨论了青年就业问题。'
    const scores = [0.8, 0.8, 0.8, 0.8, 0.8, 0.2]
    const alignment = buildAlignment(buildDocument(scores.map(() => english), {lang: 'en'}), buildDocument(scores.map(() => chinese), {lang: 'zh'}), scores.map((score, index) => [[index], [index], score]))
    expect(summarize(check(alignment)).filter((finding) => finding.rule === 'divergent').map((finding) => [finding.source, finding.message])).toStrictEqual([
      [5, 'Pair reads as rewritten, not translated: its alignment score 0.2 is below 0.47']
    ])
  })
})
