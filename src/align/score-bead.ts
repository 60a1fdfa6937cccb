import type {LengthModel} from './length-model.js'
import {lengthCost} from './length-model.js'
import type {Scorer} from './options.js'
import type {UnitFeatures} from './unit-features.js'

/** Weights of the bead cost; tuned on the bench task (see bench/align.ts). */
export const weights = {
  /** Reward per evidence key found on both sides, times the key's rarity in [0, 1]. */
  match: 2,
  /** Cost per evidence key found on one side only, times its rarity. */
  unmatched: 0.3,
  /** Cost of leaving one unit without counterpart. */
  skip: 2.8,
  /** Cost per unit beyond one on either side (1-2 and 2-1 pay it once, 2-2 twice). */
  extra: 2.5,
  /** `extra` for blocks: merging paragraphs is rarer than merging sentences. */
  blockExtra: 7,
  /** `skip` for blocks. */
  blockSkip: 5,
  /** Extra cost of a bead with two or more units on both sides. */
  manyToMany: 6,
  /** Cost of pairing a heading with a non-heading. */
  headingMismatch: 6,
  /** Weight of a caller-supplied similarity. */
  scorer: 4
}

/** Cost (lower is better) and score in [0, 1] of the bead `source[i .. i+k) ↔ target[j .. j+l)`. */
export interface BeadScorer {
  sourceCount: number
  targetCount: number
  cost: (i: number, k: number, j: number, l: number) => number
  score: (i: number, k: number, j: number, l: number) => number
  /** Share of the evidence keys found on both sides (Dice), with the caller's scorer averaged in. */
  similarity: (i: number, k: number, j: number, l: number) => number
}

/** Builds the scorer of one pair of unit lists at one level; `keyCount` bounds the interned key ids. */
export function createBeadScorer(
  source: readonly UnitFeatures[],
  target: readonly UnitFeatures[],
  model: LengthModel,
  keyCount: number,
  scorer: Scorer | undefined,
  level: 'block' | 'sentence'
): BeadScorer {
  const extraUnit = level === 'block' ? weights.blockExtra : weights.extra
  const skip = level === 'block' ? weights.blockSkip : weights.skip
  const rarity = keyRarity(source, target, keyCount)
  const tables: Tables = {source, target, rarity, counts: new Int32Array(keyCount), sourceWeight: unitWeights(source, rarity), targetWeight: unitWeights(target, rarity)}
  const scratch: Evidence = {ls: 0, lt: 0, matched: 0, total: 0, matchedWeight: 0, totalWeight: 0, headingMismatch: false}
  const evidence = (i: number, k: number, j: number, l: number) => measure(tables, scratch, i, k, j, l)
  const similarity = (i: number, k: number, j: number, l: number, matched: number, total: number) => {
    const lexical = total === 0 ? 0 : (2 * matched) / total
    return scorer ? (lexical + clamp(scorer(joined(source, i, k), joined(target, j, l)))) / 2 : lexical
  }
  return {
    sourceCount: source.length,
    targetCount: target.length,
    cost(i, k, j, l) {
      if (k === 0 || l === 0) return skip
      const e = evidence(i, k, j, l)
      const extra = scorer ? weights.scorer * (1 - clamp(scorer(joined(source, i, k), joined(target, j, l)))) : 0
      return (
        lengthCost(model, e.ls, e.lt) -
        weights.match * e.matchedWeight +
        weights.unmatched * (e.totalWeight - 2 * e.matchedWeight) +
        extraUnit * (k + l - 2) +
        (k > 1 && l > 1 ? weights.manyToMany : 0) +
        (e.headingMismatch ? weights.headingMismatch : 0) +
        extra
      )
    },
    score(i, k, j, l) {
      const e = evidence(i, k, j, l)
      const length = Math.exp(-lengthCost(model, e.ls, e.lt))
      return Math.sqrt(length * similarity(i, k, j, l, e.matched, e.total))
    },
    similarity(i, k, j, l) {
      const e = evidence(i, k, j, l)
      return similarity(i, k, j, l, e.matched, e.total)
    }
  }
}


interface Evidence {
  ls: number
  lt: number
  matched: number
  total: number
  matchedWeight: number
  totalWeight: number
  headingMismatch: boolean
}

/** What `measure` reads: both sides, each unit's total key weight, and the scratch counts. */
interface Tables {
  source: readonly UnitFeatures[]
  target: readonly UnitFeatures[]
  sourceWeight: Float64Array
  targetWeight: Float64Array
  rarity: Float64Array
  counts: Int32Array
}

/**
 * Lengths, shared keys (multiset intersection through `counts`, left zeroed) and heading clash
 * of a bead, written to `out`: the inner loop of the search, so no allocation here.
 */
function measure(tables: Tables, out: Evidence, i: number, k: number, j: number, l: number): Evidence {
  const {source, target, rarity, counts} = tables
  let ls = 0, lt = 0, total = 0, matched = 0, sourceHeadings = 0, targetHeadings = 0, matchedWeight = 0, totalWeight = 0
  for (let a = i; a < i + k; a++) {
    const unit = source[a] as UnitFeatures
    const keys = unit.keys
    ls += unit.length
    total += keys.length
    totalWeight += tables.sourceWeight[a] as number
    if (unit.heading) sourceHeadings++
    for (let index = 0; index < keys.length; index++) counts[keys[index] as number] = (counts[keys[index] as number] as number) + 1
  }
  for (let b = j; b < j + l; b++) {
    const unit = target[b] as UnitFeatures
    const keys = unit.keys
    lt += unit.length
    total += keys.length
    totalWeight += tables.targetWeight[b] as number
    if (unit.heading) targetHeadings++
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as number
      if ((counts[key] as number) > 0) (counts[key] = (counts[key] as number) - 1), matched++, (matchedWeight += rarity[key] as number)
    }
  }
  for (let a = i; a < i + k; a++) for (const key of (source[a] as UnitFeatures).keys) counts[key] = 0
  out.ls = ls
  out.lt = lt
  out.matched = matched
  out.total = total
  out.matchedWeight = matchedWeight
  out.totalWeight = totalWeight
  out.headingMismatch = (sourceHeadings > 0 || targetHeadings > 0) && (sourceHeadings < k || targetHeadings < l)
  return out
}

/** Sum of the rarity of each unit's keys. */
function unitWeights(units: readonly UnitFeatures[], rarity: Float64Array): Float64Array {
  return Float64Array.from(units, (unit) => unit.keys.reduce((sum, key) => sum + (rarity[key] ?? 1), 0))
}

function joined(units: readonly UnitFeatures[], from: number, count: number): string {
  return units.slice(from, from + count).map((unit) => unit.text).join(' ')
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}

/**
 * How telling a shared key is: 1 for a key in one unit per side, falling with the log of the
 * number of units that carry it (a common word pair says little about which units pair up).
 */
function keyRarity(source: readonly UnitFeatures[], target: readonly UnitFeatures[], keyCount: number): Float64Array {
  const frequency = new Int32Array(keyCount)
  for (const units of [source, target]) for (const unit of units) for (const key of new Set(unit.keys)) frequency[key] = (frequency[key] ?? 0) + 1
  const units = Math.max(2, source.length + target.length)
  const rarity = new Float64Array(keyCount)
  for (let key = 0; key < keyCount; key++) {
    const seen = frequency[key] ?? 0
    // Multiples of 1/1024 add up exactly in any order, so swapping the sides gives the same sums.
    rarity[key] = seen <= 2 ? 1 : Math.round(1024 * Math.min(1, Math.log(units / seen) / Math.log(units / 2))) / 1024
  }
  return rarity
}
