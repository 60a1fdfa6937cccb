import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {longDocument} from '../../src/align/align-blocks.js'
import {createContext} from '../../src/align/align-context.js'
import {alignSequence, searchBands} from '../../src/align/align-sequence.js'
import {coarseGuide} from '../../src/align/coarse-guide.js'
import {resolveOptions} from '../../src/align/options.js'
import type {ScorerSettings} from '../../src/align/score-bead.js'
import {createBeadScorer} from '../../src/align/score-bead.js'
import {buildDocument} from './build-document.js'

/** Paragraph `index` of a long report, in English or Turkish: its numbers tell the paragraphs apart. */
const paragraph = (index: number, lang: 'en' | 'tr') =>
  lang === 'en'
    ? [`Item ${index} of the report lists ${index * 7 + 3} cases in ${1900 + (index % 97)}.`]
    : [`Raporun ${index}. maddesi ${1900 + (index % 97)} yılında ${index * 7 + 3} vaka sayıyor.`]

/** Paragraphs `0 … count − 1` in `lang`, without those in `[from, to)`. */
const report = (count: number, lang: 'en' | 'tr', without: readonly [number, number] = [0, 0]) =>
  buildDocument(
    Array.from({length: count}, (_, index) => index)
      .filter((index) => index < without[0] || index >= without[1])
      .map((index) => paragraph(index, lang)),
    lang
  )

describe('coarseGuide', () => {
  it('leads the search through three coarse levels to the same beads as the search around the diagonal', () => {
    const context = createContext(report(400, 'en'), report(400, 'tr', [150, 190]), resolveOptions({}, 'en', 'tr'))
    const settings: ScorerSettings = {model: context.model, keyCount: context.keys.size, textKeys: context.textKeys, keys: context.keys, scorer: undefined, level: 'block'}
    const scorer = createBeadScorer(context.source.blocks, context.target.blocks, settings)
    const [n, m] = [context.source.blocks.length, context.target.blocks.length]
    const guide = coarseGuide(context.source.blocks, context.target.blocks, {...settings, maxUnits: 2, band: 4, maxBand: 16, limit: 8})
    const guided = alignSequence(n, m, scorer.cost, {maxUnits: 2, band: 4, guide, maxBand: 16})
    const plain = alignSequence(n, m, scorer.cost, {maxUnits: 2, band: 12})
    expect(guided).toStrictEqual(plain)
    expect(guided.filter((step) => step.l === 0).map((step) => step.i)).toStrictEqual(Array.from({length: 40}, (_, index) => 150 + index))
  })
})

describe('align on documents longer than `longDocument` blocks', () => {
  it('still reports a dropped section as source blocks without counterpart, and pairs every other block with its own', () => {
    const count = longDocument + 904
    const alignment = align(report(count, 'en'), report(count, 'tr', [2000, 2300]))
    const dropped = alignment.blocks.filter((bead) => bead.target.length === 0).flatMap((bead) => bead.source)
    expect(dropped).toStrictEqual(Array.from({length: 300}, (_, index) => 2000 + index))
    const paired = alignment.blocks.filter((bead) => bead.target.length > 0)
    expect(paired.every((bead) => bead.source.length === 1 && bead.target.length === 1 && bead.target[0] === ((bead.source[0] ?? 0) < 2000 ? bead.source[0] : (bead.source[0] ?? 0) - 300))).toBe(true)
    expect(paired.length).toBe(count - 300)
  })
})

describe('alignSequence with `maxBand`', () => {
  it('stops widening the band there, even while the path runs along its edge', () => {
    // Source unit i matches target unit i + 6 only: the best path leaves the diagonal by 6.
    const cost = (i: number, k: number, j: number, l: number) => (k === 0 || l === 0 ? 1 : k === 1 && l === 1 && j === i + 6 ? -5 : 10)
    const capped = alignSequence(20, 26, cost, {maxUnits: 1, band: 1, maxBand: 2})
    const free = alignSequence(20, 26, cost, {maxUnits: 1, band: 1})
    expect(free.filter((step) => step.k === 1 && step.l === 1).length).toBe(20)
    expect(capped.filter((step) => step.k === 1 && step.l === 1).length).toBeLessThan(20)
  })
})

describe('searchBands', () => {
  // Source unit i matches target unit i + 6 only: the best path leaves the diagonal by 6.
  const cost = (i: number, k: number, j: number, l: number) => (k === 0 || l === 0 ? 1 : k === 1 && l === 1 && j === i + 6 ? -5 : 10)

  it('says the path has not settled when it still runs along the edge of the widest band', () => {
    expect(searchBands(20, 26, cost, {maxUnits: 1, band: 1, maxBand: 2}).settled).toBe(false)
  })

  it('says it has settled when a band wide enough lets it leave the edge, with the beads of the search without a limit', () => {
    const bounded = searchBands(20, 26, cost, {maxUnits: 1, band: 1, maxBand: 16})
    expect(bounded).toStrictEqual({steps: alignSequence(20, 26, cost, {maxUnits: 1, band: 1}), settled: true})
  })
})

describe('align on a long pair whose path stays near the diagonal', () => {
  it('finds a dropped stretch narrower than the widest band, and pairs every other block with its own', () => {
    const count = longDocument + 904
    const alignment = align(report(count, 'en'), report(count, 'tr', [3000, 3020]))
    expect(alignment.blocks.filter((bead) => bead.target.length === 0).flatMap((bead) => bead.source)).toStrictEqual(Array.from({length: 20}, (_, index) => 3000 + index))
    const paired = alignment.blocks.filter((bead) => bead.target.length > 0)
    expect(paired.every((bead) => bead.source.length === 1 && bead.target.length === 1 && bead.target[0] === ((bead.source[0] ?? 0) < 3000 ? bead.source[0] : (bead.source[0] ?? 0) - 20))).toBe(true)
  })
})
