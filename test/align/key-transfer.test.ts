import {describe, expect, it} from 'vitest'
import {keyPenalties} from '../../src/align/key-transfer.js'
import type {UnitFeatures} from '../../src/align/unit-features.js'

const unit = (keys: number[]): UnitFeatures => ({text: '', length: 10, keys, stems: [], heading: false})

describe('what a key the other side lacks costs a block bead', () => {
  // Keys: 0 and 1 whole texts, 2-4 names only the source writes (transliterated in the target), 5 a number both write.
  const keys = new Map([['=0', 0], ['=1', 1], ['n:keagh', 2], ['n:halke', 3], ['n:moral', 4], ['number:34', 5]])
  const rarity = Float64Array.from([1, 1, 1, 1, 1, 1])
  const source = [unit([0, 2, 3, 4, 5])]
  const target = [unit([1, 5])]
  const penalties = keyPenalties(source, target, rarity, keys, new Set([0, 1]))

  it('counts a name in full only as often as names recur on the other side', () => {
    // None of the three source names is found in the target: each costs 1/(3+1) of its rarity.
    expect(penalties.source[0]).toBeCloseTo(1 + 3 * 0.25 + 1)
  })

  it('counts a number that recurs, and every whole-text key, in full', () => {
    expect(penalties.target[0]).toBeCloseTo(2)
    expect(penalties.pair[5]).toBeCloseTo(2)
  })

  it('takes no more off a bead for a match than the key weighs on both sides', () => {
    for (const [key, weight] of rarity.entries()) expect(penalties.pair[key]).toBeLessThanOrEqual(2 * weight + 1e-12)
  })

  it('gives the same penalties with the sides swapped', () => {
    const swapped = keyPenalties(target, source, rarity, keys, new Set([0, 1]))
    expect([...swapped.source]).toStrictEqual([...penalties.target])
    expect([...swapped.target]).toStrictEqual([...penalties.source])
    expect([...swapped.pair]).toStrictEqual([...penalties.pair])
  })
})
