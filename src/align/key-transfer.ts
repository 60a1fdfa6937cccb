import type {Interner, UnitFeatures} from './unit-features.js'

/** What a key that one side has and its partner lacks costs, per side (see `keyPenalties`). */
export interface KeyPenalties {
  /** Per source unit: the sum of its keys' penalties. */
  source: Float64Array
  /** Per target unit: the sum of its keys' penalties. */
  target: Float64Array
  /** Per key: what a match of it takes off the penalty of a bead (its source and its target penalty, together at most twice its rarity). */
  pair: Float64Array
}

/**
 * How much a key that a bead's other side lacks tells against a bead of blocks, per side and kind of key
 * (name, number, date, concept, learned pair, link, …): its rarity times the share of that side's
 * keys of the kind that occur anywhere on the other side. In a pair whose scripts differ, the
 * names of a Latin text are mostly transliterated (English → Chinese: 21% of them recur, against 73%
 * English → Turkish), so a missing name says little there; in every pair a missing number still
 * says much. A key found nowhere on the other side can match no unit there: if it counted in full,
 * a unit rich in such keys would cost more to pair than to leave out. Whole-text keys (identical
 * units) keep their full rarity: they are the same for every pairing of a unit.
 */
export function keyPenalties(source: readonly UnitFeatures[], target: readonly UnitFeatures[], rarity: Float64Array, keys: Interner, textKeys: ReadonlySet<number>): KeyPenalties {
  const kinds = keyKinds(keys, rarity.length)
  const onSource = present(source, rarity.length)
  const onTarget = present(target, rarity.length)
  const sourceRates = transferRates(source, onTarget, kinds)
  const targetRates = transferRates(target, onSource, kinds)
  const sourceKey = new Float64Array(rarity.length)
  const targetKey = new Float64Array(rarity.length)
  const pair = new Float64Array(rarity.length)
  for (let key = 0; key < rarity.length; key++) {
    const weight = rarity[key] as number
    const whole = textKeys.has(key)
    sourceKey[key] = whole ? weight : weight * (sourceRates[kinds[key] as number] as number)
    targetKey[key] = whole ? weight : weight * (targetRates[kinds[key] as number] as number)
    pair[key] = (sourceKey[key] as number) + (targetKey[key] as number)
  }
  return {source: unitSums(source, sourceKey), target: unitSums(target, targetKey), pair}
}

/** Each key's kind, numbered: the part of its name before the first `:` (`n`, `number`, `c`, `d`, `link`, …). */
function keyKinds(keys: Interner, keyCount: number): Int32Array {
  const kinds = new Int32Array(keyCount)
  const numbers = new Map<string, number>()
  for (const [name, key] of keys) {
    if (key >= keyCount) continue
    const colon = name.indexOf(':')
    const kind = colon < 0 ? '' : name.slice(0, colon)
    let number = numbers.get(kind)
    if (number === undefined) numbers.set(kind, (number = numbers.size))
    kinds[key] = number
  }
  return kinds
}

/** Per unit: the sum of `perKey` over its keys (with repeats). */
function unitSums(units: readonly UnitFeatures[], perKey: Float64Array): Float64Array {
  const sums = new Float64Array(units.length)
  for (let index = 0; index < units.length; index++) {
    const keys = (units[index] as UnitFeatures).keys
    let sum = 0
    for (let at = 0; at < keys.length; at++) sum += perKey[keys[at] as number] as number
    sums[index] = sum
  }
  return sums
}

/** Which keys occur in `units`: 1 at a key's number when some unit has it. */
function present(units: readonly UnitFeatures[], keyCount: number): Uint8Array {
  const seen = new Uint8Array(keyCount)
  for (const unit of units) for (const key of unit.keys) seen[key] = 1
  return seen
}

/**
 * Per kind: the share of the keys of `units` (each occurrence) found somewhere in `other`, smoothed
 * toward 1 by one occurrence (a kind seen once and missed halves, rather than vanishes).
 */
function transferRates(units: readonly UnitFeatures[], other: Uint8Array, kinds: Int32Array): Float64Array {
  const kindCount = kinds.reduce((most, kind) => Math.max(most, kind + 1), 1)
  const seen = new Float64Array(kindCount)
  const found = new Float64Array(kindCount)
  for (const unit of units) {
    for (const key of unit.keys) {
      const kind = kinds[key] as number
      seen[kind] = (seen[kind] as number) + 1
      if (other[key] === 1) found[kind] = (found[kind] as number) + 1
    }
  }
  return seen.map((count, kind) => ((found[kind] as number) + 1) / (count + 1))
}
