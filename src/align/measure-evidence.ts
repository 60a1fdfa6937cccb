import type {UnitFeatures} from './unit-features.js'

/** What a bead's units have in common: lengths, evidence keys and heading kinds. */
export interface Evidence {
  ls: number
  lt: number
  matched: number
  total: number
  matchedWeight: number
  totalWeight: number
  /** Penalty of the bead's keys (see `keyPenalties`), and the part of it taken off by its matches. */
  totalPenalty: number
  matchedPenalty: number
  headingMismatch: boolean
}

/** What `measure` reads: both sides, each unit's total key weight, and the scratch counts. */
export interface Tables {
  source: readonly UnitFeatures[]
  target: readonly UnitFeatures[]
  sourceWeight: Float64Array
  targetWeight: Float64Array
  rarity: Float64Array
  /** Per unit and per key: what a missing key costs (`keyPenalties`). */
  sourcePenalty: Float64Array
  targetPenalty: Float64Array
  pairPenalty: Float64Array
  /** Per key: 1 for a key that counts only when matched (a name's sound, `sound-keys.ts`). */
  optional: Uint8Array
  /** Per unit: its keys that count whether matched or not (all but the optional ones). */
  sourceCounted: Int32Array
  targetCounted: Int32Array
  counts: Int32Array
}

/**
 * Lengths, shared keys (multiset intersection through `counts`, left zeroed) and heading clash
 * of a bead, written to `out`: the inner loop of the search, so no allocation here.
 */
export function measure(tables: Tables, out: Evidence, i: number, k: number, j: number, l: number): Evidence {
  const {source, target, rarity, counts} = tables
  let ls = 0, lt = 0, total = 0, matched = 0, sourceHeadings = 0, targetHeadings = 0, matchedWeight = 0, totalWeight = 0, totalPenalty = 0, matchedPenalty = 0
  for (let a = i; a < i + k; a++) {
    const unit = source[a] as UnitFeatures
    const keys = unit.keys
    ls += unit.length
    total += tables.sourceCounted[a] as number
    totalWeight += tables.sourceWeight[a] as number
    totalPenalty += tables.sourcePenalty[a] as number
    if (unit.heading) sourceHeadings++
    for (let index = 0; index < keys.length; index++) counts[keys[index] as number] = (counts[keys[index] as number] as number) + 1
  }
  for (let b = j; b < j + l; b++) {
    const unit = target[b] as UnitFeatures
    const keys = unit.keys
    lt += unit.length
    total += tables.targetCounted[b] as number
    totalWeight += tables.targetWeight[b] as number
    totalPenalty += tables.targetPenalty[b] as number
    if (unit.heading) targetHeadings++
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as number
      if ((counts[key] as number) > 0) {
        ;(counts[key] = (counts[key] as number) - 1), matched++, (matchedWeight += rarity[key] as number), (matchedPenalty += tables.pairPenalty[key] as number)
        if (tables.optional[key] === 1) total += 2
      }
    }
  }
  for (let a = i; a < i + k; a++) for (const key of (source[a] as UnitFeatures).keys) counts[key] = 0
  out.ls = ls
  out.lt = lt
  out.matched = matched
  out.total = total
  out.matchedWeight = matchedWeight
  out.totalWeight = totalWeight
  out.totalPenalty = totalPenalty
  out.matchedPenalty = matchedPenalty
  out.headingMismatch = (sourceHeadings > 0 || targetHeadings > 0) && (sourceHeadings < k || targetHeadings < l)
  return out
}

/** Per unit: the number of its keys that are not `optional`. */
export function countedKeys(units: readonly UnitFeatures[], optional: Uint8Array): Int32Array {
  return Int32Array.from(units, (unit) => unit.keys.reduce((sum, key) => sum + (optional[key] === 1 ? 0 : 1), 0))
}

/** Sum of the rarity of each unit's keys. */
export function unitWeights(units: readonly UnitFeatures[], rarity: Float64Array): Float64Array {
  return Float64Array.from(units, (unit) => unit.keys.reduce((sum, key) => sum + (rarity[key] ?? 1), 0))
}

/**
 * How telling a shared key is: 1 for a key in one unit per side, falling with the log of the
 * number of units that carry it (a common word pair says little about which units pair up).
 */
export function keyRarity(source: readonly UnitFeatures[], target: readonly UnitFeatures[], keyCount: number): Float64Array {
  const frequency = new Int32Array(keyCount)
  // `seenIn` holds the last unit (numbered across both sides) that counted a key, so repeats count once.
  const seenIn = new Int32Array(keyCount).fill(-1)
  let unit = 0
  for (const units of [source, target]) {
    for (const features of units) {
      for (const key of features.keys) {
        if (seenIn[key] !== unit) (seenIn[key] = unit), (frequency[key] = (frequency[key] ?? 0) + 1)
      }
      unit++
    }
  }
  const units = Math.max(2, source.length + target.length)
  const rarity = new Float64Array(keyCount)
  for (let key = 0; key < keyCount; key++) {
    const seen = frequency[key] ?? 0
    // Multiples of 1/1024 add up exactly in any order, so swapping the sides gives the same sums.
    rarity[key] = seen <= 2 ? 1 : Math.round(1024 * Math.min(1, Math.log(units / seen) / Math.log(units / 2))) / 1024
  }
  return rarity
}
