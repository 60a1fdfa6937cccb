import {describe, expect, it} from 'vitest'
import {bandAround, touchesEdge} from '../../src/align/band.js'
import {movesUpTo} from '../../src/align/fill-costs.js'
import {learnLexicon} from '../../src/align/learn-lexicon.js'
import {countedKeys, measure} from '../../src/align/measure-evidence.js'
import type {Evidence} from '../../src/align/measure-evidence.js'
import {unitFeatures} from '../../src/align/unit-features.js'
import {compileLexicons} from '../../src/anchors/term-index.js'
import {blockOfSentences, blocksFromSentences, joinNullRuns} from '../../src/align/rescue-null-blocks.js'
import {initialLengthModel, lengthCost, refineLengthModel} from '../../src/align/length-model.js'

describe('length model', () => {
  it('costs nothing at the expected ratio and the same whichever side is the source', () => {
    const model = initialLengthModel(100, 120)
    expect(lengthCost(model, 100, 120)).toBe(0)
    const swapped = initialLengthModel(120, 100)
    expect(lengthCost(swapped, 50, 30)).toBe(lengthCost(model, 30, 50))
    expect(lengthCost(model, 30, 50)).toBeGreaterThan(0)
  })

  it('keeps its variance with fewer than ten beads and re-estimates it from more', () => {
    const model = initialLengthModel(100, 100)
    expect(refineLengthModel(model, [[10, 10]])).toBe(model)
    const exact = Array.from({length: 20}, () => [50, 50] as const)
    expect(refineLengthModel(model, exact)).toStrictEqual({mean: 0, variance: 0.5})
  })
})

describe('learnLexicon', () => {
  it('keeps pairs seen together twice that are each other’s best partner', () => {
    // Stems 1 and 10 always co-occur; 2 and 20 once; 3 appears with 10 once.
    const learned = learnLexicon([
      [[1, 2], [10, 20]],
      [[1], [10]],
      [[1, 3], [10]]
    ])
    expect([...learned.source]).toStrictEqual([[1, 'd:1:10']])
    expect([...learned.target]).toStrictEqual([[10, 'd:1:10']])
  })
})

describe('search helpers', () => {
  it('lists bead shapes up to maxUnits, one-to-one and null beads first', () => {
    expect(movesUpTo(2)).toStrictEqual([[1, 1], [1, 0], [0, 1], [1, 2], [2, 1], [2, 2]])
  })

  it('builds a band around the diagonal, |i·m − j·n| ≤ width · max(n, m), and sees a path along its edge', () => {
    const band = bandAround(4, 4, 1)
    expect([...band.lo]).toStrictEqual([0, 0, 1, 2, 3])
    expect([...band.hi]).toStrictEqual([1, 2, 3, 4, 4])
    expect(touchesEdge(band, [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]], 4)).toBe(false)
    expect(touchesEdge(band, [[0, 0], [0, 1], [1, 2], [2, 3], [3, 4], [4, 4]], 4)).toBe(true)
  })

  it('builds a band of the cells within one row and column of a guide path', () => {
    // Guide: (0,0) → (2,1) (a 2-1 bead skips row 1) → (3,3) → (4,4).
    const band = bandAround(4, 4, 1, [[0, 0], [2, 1], [3, 3], [4, 4]])
    expect([...band.lo]).toStrictEqual([0, 0, 0, 0, 2])
    expect([...band.hi]).toStrictEqual([1, 2, 4, 4, 4])
  })
})

describe('rescuing null block beads', () => {
  it('joins each run of null block beads into one region and keeps paired beads apart', () => {
    const steps = [
      {i: 0, k: 1, j: 0, l: 1},
      {i: 1, k: 1, j: 1, l: 0},
      {i: 2, k: 1, j: 1, l: 0},
      {i: 3, k: 0, j: 1, l: 1},
      {i: 3, k: 1, j: 2, l: 1}
    ]
    expect(joinNullRuns(steps)).toStrictEqual([
      {i: 0, k: 1, j: 0, l: 1, rescued: false},
      {i: 1, k: 2, j: 1, l: 1, rescued: true},
      {i: 3, k: 1, j: 2, l: 1, rescued: false}
    ])
  })

  it('numbers each sentence with its block, empty blocks included', () => {
    expect([...blockOfSentences([[0, 2], [2, 2], [2, 5]])]).toStrictEqual([0, 0, 2, 2, 2])
  })

  it('pairs the blocks whose sentences pair, and leaves a block without paired sentences null', () => {
    // Source blocks 0-2 hold sentences [0, 1], [2], [3]; target blocks 0-1 hold [0, 1, 2], [3].
    const sourceBlock = blockOfSentences([[0, 2], [2, 3], [3, 4]])
    const targetBlock = blockOfSentences([[0, 3], [3, 4]])
    const sentences = [
      {i: 0, k: 1, j: 0, l: 1},
      {i: 1, k: 1, j: 1, l: 1},
      {i: 2, k: 1, j: 2, l: 1},
      {i: 3, k: 1, j: 3, l: 0},
      {i: 4, k: 0, j: 3, l: 1}
    ]
    expect(blocksFromSentences({i: 0, k: 3, j: 0, l: 2}, sentences, sourceBlock, targetBlock)).toStrictEqual([
      {i: 0, k: 2, j: 0, l: 1},
      {i: 2, k: 1, j: 1, l: 0},
      {i: 3, k: 0, j: 1, l: 1}
    ])
  })

  it('keeps a region null when none of its sentences pair', () => {
    const sentences = [
      {i: 0, k: 1, j: 0, l: 0},
      {i: 1, k: 0, j: 0, l: 1}
    ]
    expect(blocksFromSentences({i: 0, k: 1, j: 0, l: 1}, sentences, blockOfSentences([[0, 1]]), blockOfSentences([[0, 1]]))).toStrictEqual([
      {i: 0, k: 1, j: 0, l: 0},
      {i: 1, k: 0, j: 0, l: 1}
    ])
  })
})

describe('unitFeatures', () => {
  const read = (text: string, lang: string) => {
    const tables = {terms: compileLexicons([], lang, 'en').source, keys: new Map(), texts: new Map(), stems: new Map()}
    unitFeatures(text, {lang, heading: false}, tables)
    return [...tables.stems.keys()]
  }

  it('learns from the first five letters of words of three letters or more', () => {
    expect(read('The government met on Monday.', 'en')).toStrictEqual(['the', 'gover', 'met', 'monda'])
  })

  it('learns from Arabic words without the conjunctions, prepositions and article joined to their front', () => {
    expect(read('والحكومة للشعب بالقرار قالت', 'ar')).toStrictEqual(['حكومة', 'شعب', 'قرار', 'قالت'])
  })

  it('learns from the dictionary words of Chinese and Japanese, written without spaces', () => {
    expect(read('政府说了。', 'zh')).toStrictEqual(['政府', '说', '了'])
    expect(read('政府は発表した。', 'ja')).toStrictEqual(['政府', 'は', '発表', 'した'])
  })
})

describe('measure', () => {
  const unit = (keys: number[]) => ({text: '', length: 10, keys, stems: [], heading: false})
  const evidence = (sourceKeys: number[], targetKeys: number[], optional: Uint8Array) => {
    const [source, target] = [[unit(sourceKeys)], [unit(targetKeys)]]
    const zeros = () => new Float64Array(4)
    const tables = {source, target, rarity: new Float64Array([1, 1, 1, 1]), sourceWeight: zeros(), targetWeight: zeros(), sourcePenalty: zeros(), targetPenalty: zeros(), pairPenalty: zeros(), optional, sourceCounted: countedKeys(source, optional), targetCounted: countedKeys(target, optional), counts: new Int32Array(4)}
    const out = {} as Evidence
    const {matched, total} = measure(tables, out, 0, 1, 0, 1)
    return {matched, total}
  }

  it('counts every key of both sides, and the shared ones', () => {
    expect(evidence([0, 1], [1, 2], new Uint8Array(4))).toStrictEqual({matched: 1, total: 4})
  })

  it('counts an optional key (a name’s sound) only when both sides have it', () => {
    const optional = Uint8Array.from([0, 0, 1, 1])
    expect(evidence([0, 1], [1, 2], optional)).toStrictEqual({matched: 1, total: 3})
    expect(evidence([0, 3], [0, 3], optional)).toStrictEqual({matched: 2, total: 4})
  })
})
