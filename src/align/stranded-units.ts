import type {Interner, UnitFeatures} from './unit-features.js'

/** Kinds of anchor whose value a translation keeps as written: numbers, dates, code, addresses. */
const exact = /^(?:number|date|time|percent|range|ordinal|url|email|code):/

/**
 * Which keys tell where a unit belongs: anchors a translation keeps as written (not name prefixes
 * or learned pairs, which miss often), and a whole text seen in two or more units — or in one
 * only, when most units of the shorter side have a twin on the other side: where identical texts
 * are the rule (lists of commands, a partly translated page), a text without its twin is telling.
 */
export function telltaleKeys(source: readonly UnitFeatures[], target: readonly UnitFeatures[], textKeys: ReadonlySet<number>, keys: Interner): Uint8Array {
  const seen = new Int32Array(keys.size)
  for (const units of [source, target]) for (const unit of units) for (const key of unit.keys) seen[key] = (seen[key] ?? 0) + 1
  const twinned = (units: readonly UnitFeatures[]) => units.filter((unit) => unit.keys.some((key) => textKeys.has(key) && (seen[key] ?? 0) >= 2)).length
  const shorter = source.length <= target.length ? source : target
  const identities = shorter.length > 0 && 2 * twinned(shorter) > shorter.length
  const exactKeys = exactKeysOf(keys)
  const telltale = new Uint8Array(keys.size)
  for (let key = 0; key < keys.size; key++) telltale[key] = exactKeys[key] === 1 || (textKeys.has(key) && (identities || (seen[key] ?? 0) >= 2)) ? 1 : 0
  return telltale
}

/** Which keys of each key table are exact anchors, read once per key: each pass builds two scorers over the same growing table. */
const exactKeysCache = new WeakMap<Interner, Uint8Array>()

/** 1 for each key (numbered in order of interning) whose name is an exact anchor. */
function exactKeysOf(keys: Interner): Uint8Array {
  const known = exactKeysCache.get(keys)
  if (known && known.length === keys.size) return known
  const flags = new Uint8Array(keys.size)
  if (known) flags.set(known)
  let key = 0
  for (const name of keys.keys()) {
    if (!known || key >= known.length) flags[key] = exact.test(name) ? 1 : 0
    key++
  }
  exactKeysCache.set(keys, flags)
  return flags
}

/** What `strandedUnits` reads; the counts are scratch, valid where their stamp is the call's. */
export interface StrandTables {
  source: readonly UnitFeatures[]
  target: readonly UnitFeatures[]
  telltale: Uint8Array
  /** 1 for each unit with a telltale key, per side (a side without any has no stranded unit). */
  sourceTelling: Uint8Array
  targetTelling: Uint8Array
  /** Occurrences of each key on the other side, and on the merged side, of the bead. */
  other: Int32Array
  many: Int32Array
  /** The call that last wrote `other` and `many` at each key. */
  stamps: Int32Array
  stamp: number
}

/** Scratch tables for `strandedUnits` over `keyCount` keys. */
export function strandTables(source: readonly UnitFeatures[], target: readonly UnitFeatures[], telltale: Uint8Array, keyCount: number): StrandTables {
  const telling = (units: readonly UnitFeatures[]) => Uint8Array.from(units, (unit) => (unit.keys.some((key) => telltale[key] === 1) ? 1 : 0))
  return {source, target, telltale, sourceTelling: telling(source), targetTelling: telling(target), other: new Int32Array(keyCount), many: new Int32Array(keyCount), stamps: new Int32Array(keyCount), stamp: 0}
}

/**
 * Units of a merged side (two or more units) of the bead `source[i .. i+k) ↔ target[j .. j+l)`
 * that carry telltale keys but match nothing on the other side that the units beside them have
 * not already matched, while a unit beside them does match: such a unit was most likely dropped
 * or added, not merged (a cheat sheet's example left out of the translation must not ride along
 * with its neighbour).
 */
export function strandedUnits(tables: StrandTables, i: number, k: number, j: number, l: number): number {
  let stranded = 0
  if (k > 1 && anyTelling(tables.sourceTelling, i, k)) stranded += strandedOnSide(tables, tables.source, i, k, tables.target, j, l)
  if (l > 1 && anyTelling(tables.targetTelling, j, l)) stranded += strandedOnSide(tables, tables.target, j, l, tables.source, i, k)
  return stranded
}

function strandedOnSide(tables: StrandTables, many: readonly UnitFeatures[], from: number, count: number, other: readonly UnitFeatures[], otherFrom: number, otherCount: number): number {
  const stamp = ++tables.stamp
  countKeys(tables, tables.other, other, otherFrom, otherCount, stamp)
  countKeys(tables, tables.many, many, from, count, stamp)
  let sharing = 0
  let lonely = 0
  for (let a = from; a < from + count; a++) {
    const keys = (many[a] as UnitFeatures).keys
    let telltale = false
    let shares = false
    for (let index = 0; index < keys.length && !shares; index++) {
      const key = keys[index] as number
      const there = tables.stamps[key] === stamp ? (tables.other[key] as number) : 0
      const here = tables.many[key] as number
      // The key is left for this unit when the other side has more of it than the units beside this one.
      if (there > 0 && (there >= here || there + occurrences(keys, key) > here)) shares = true
      else if (tables.telltale[key] === 1) telltale = true
    }
    if (shares) sharing++
    else if (telltale) lonely++
  }
  return sharing > 0 ? lonely : 0
}

/** Counts the keys of `units[from .. from+count)` into `counts`, zeroing first what an earlier call left. */
function countKeys(tables: StrandTables, counts: Int32Array, units: readonly UnitFeatures[], from: number, count: number, stamp: number): void {
  const {stamps} = tables
  for (let a = from; a < from + count; a++) {
    const keys = (units[a] as UnitFeatures).keys
    for (let index = 0; index < keys.length; index++) {
      const key = keys[index] as number
      if (stamps[key] !== stamp) (stamps[key] = stamp), (tables.other[key] = 0), (tables.many[key] = 0)
      counts[key] = (counts[key] as number) + 1
    }
  }
}

function anyTelling(telling: Uint8Array, from: number, count: number): boolean {
  for (let a = from; a < from + count; a++) if (telling[a] === 1) return true
  return false
}

function occurrences(keys: readonly number[], key: number): number {
  let found = 0
  for (const each of keys) if (each === key) found++
  return found
}
