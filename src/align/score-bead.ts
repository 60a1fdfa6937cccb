import type {LengthModel} from './length-model.js'
import {lengthCost} from './length-model.js'
import type {Scorer} from './options.js'
import type {Interner, UnitFeatures} from './unit-features.js'
import type {Evidence, Tables} from './measure-evidence.js'
import {countedKeys, keyRarity, measure, unitWeights} from './measure-evidence.js'
import {isSoundKey} from './sound-keys.js'
import type {StrandTables} from './stranded-units.js'
import {strandedUnits, strandTables, telltaleKeys} from './stranded-units.js'
import {endsOnOneSide} from './open-ends.js'
import type {KeyPenalties} from './key-transfer.js'
import {keyPenalties} from './key-transfer.js'

/** Weights of the bead cost; tuned on the bench task (see bench/align.ts). */
const weights = {
  /** Reward per evidence key found on both sides, times the key's rarity in [0, 1]. */
  match: 2,
  /** Cost per evidence key found on one side only, times its rarity and how often its kind recurs across the pair (`keyPenalties`). */
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
  /** `extra` for the merged units of a coarse level (see `coarseGuide`): its units rarely start where the other side's do. */
  coarseExtra: 1,
  /** `skip` for a merged unit, per unit merged into it: leaving a long stretch out must cost as much as it does below. */
  coarseSkip: 2.5,
  /** Cost of pairing a heading with a non-heading. */
  headingMismatch: 6,
  /** Weight of a caller-supplied similarity. */
  scorer: 4,
  /** Cost per unit merged into a bead whose telltale keys all miss the other side (see `strandedUnits`): one `skip`. */
  stranded: 2.8,
  /**
   * Cost of a bead that ends inside a sentence on one side only (see `endsOnOneSide`): less than
   * `extra` and `skip`, so a bead's own evidence can still outweigh it.
   */
  openEnd: 2
}

/** Cost (lower is better) and score in [0, 1] of the bead `source[i .. i+k) ↔ target[j .. j+l)`. */
export interface BeadScorer {
  sourceCount: number
  targetCount: number
  /** With a `budget`, a bead that cannot cost less than it may give `Infinity` (see `BeadCost`). */
  cost: (i: number, k: number, j: number, l: number, budget?: number) => number
  score: (i: number, k: number, j: number, l: number) => number
  /** Share of the evidence keys found on both sides (smoothed Dice; 1 for identical texts), with the caller's scorer averaged in. */
  similarity: (i: number, k: number, j: number, l: number) => number
  /** How many evidence keys the two sides share (counted with repeats). */
  shared: (i: number, k: number, j: number, l: number) => number
}

/** What a scorer needs besides the units. */
export interface ScorerSettings {
  model: LengthModel
  /** Number of interned keys (bounds the key ids). */
  keyCount: number
  /** Keys that stand for a whole text (identical units). */
  textKeys: ReadonlySet<number>
  /** The key table (names of the keys). */
  keys: Interner
  scorer: Scorer | undefined
  /** `coarse`: the merged units of `coarseGuide`, priced with `coarseExtra`, `coarseSkip` and no `manyToMany`. */
  level: 'block' | 'sentence' | 'coarse'
  /** Units merged into each unit of a coarse level. Default: `1`. */
  size?: number
  /** Sentences of each side that end open (see `openEnds`); none when absent. */
  openEnds?: {source: Uint8Array; target: Uint8Array}
}

/** Builds the scorer of one pair of unit lists at one level. */
export function createBeadScorer(source: readonly UnitFeatures[], target: readonly UnitFeatures[], settings: ScorerSettings): BeadScorer {
  const {model, keyCount, scorer, level, textKeys, keys, openEnds} = settings
  const extraUnit = level === 'block' ? weights.blockExtra : level === 'coarse' ? weights.coarseExtra : weights.extra
  const skip = level === 'block' ? weights.blockSkip : level === 'coarse' ? weights.coarseSkip * (settings.size ?? 1) : weights.skip
  const manyToMany = level === 'coarse' ? 0 : weights.manyToMany
  const rarity = keyRarity(source, target, keyCount)
  const sourceWeight = unitWeights(source, rarity)
  const targetWeight = unitWeights(target, rarity)
  const optional = optionalKeys(keys, keyCount)
  // Sentences keep every key's full penalty (its rarity): there a missing name is what tells a merge that absorbed a dropped sentence (measured on bench:align-languages).
  const penalties: KeyPenalties =
    level === 'sentence' ? {source: sourceWeight, target: targetWeight, pair: rarity.map((weight) => 2 * weight)} : keyPenalties(source, target, rarity, keys, textKeys)
  const tables: Tables = {
    source,
    target,
    rarity,
    counts: new Int32Array(keyCount),
    sourceWeight,
    targetWeight,
    sourcePenalty: penalties.source,
    targetPenalty: penalties.target,
    pairPenalty: penalties.pair,
    optional,
    sourceCounted: countedKeys(source, optional),
    targetCounted: countedKeys(target, optional)
  }
  const scratch: Evidence = {ls: 0, lt: 0, matched: 0, total: 0, matchedWeight: 0, totalWeight: 0, totalPenalty: 0, matchedPenalty: 0, headingMismatch: false}
  const evidence = (i: number, k: number, j: number, l: number) => measure(tables, scratch, i, k, j, l)
  const strands: StrandTables = strandTables(source, target, telltaleKeys(source, target, textKeys, keys), keyCount)
  const similarity = (i: number, k: number, j: number, l: number, matched: number, total: number) => {
    const sourceText = joined(source, i, k)
    const targetText = joined(target, j, l)
    const lexical = sourceText === targetText ? 1 : smoothedDice(matched, total - k - l)
    return scorer ? (lexical + clamp(scorer(sourceText, targetText))) / 2 : lexical
  }
  return {
    sourceCount: source.length,
    targetCount: target.length,
    cost(i, k, j, l, budget = Infinity) {
      const end = openEnds && endsOnOneSide(openEnds.source, openEnds.target, i + k, j + l) ? weights.openEnd : 0
      if (k === 0 || l === 0) return skip + end
      const extra = scorer ? weights.scorer * (1 - clamp(scorer(joined(source, i, k), joined(target, j, l)))) : 0
      // The search only needs beads that beat `budget`: the parts below never lower the cost, so skip them when they cannot.
      if (costFloor(tables, i, k, j, l, extraUnit, manyToMany, model) + extra > budget + margin) return Infinity
      const e = evidence(i, k, j, l)
      const shape = shapeCost(e, k, l, extraUnit, manyToMany, model) + extra
      if (shape > budget + margin) return Infinity
      // Nothing shared, nothing stranded: a unit is stranded only beside one that shares.
      const stranded = (k > 1 || l > 1) && e.matched > 0 ? weights.stranded * strandedUnits(strands, i, k, j, l) : 0
      return shape + stranded + end
    },
    score(i, k, j, l) {
      const e = evidence(i, k, j, l)
      const length = Math.exp(-lengthCost(model, e.ls, e.lt))
      return Math.sqrt(length * similarity(i, k, j, l, e.matched, e.total))
    },
    similarity(i, k, j, l) {
      const e = evidence(i, k, j, l)
      return similarity(i, k, j, l, e.matched, e.total)
    },
    shared(i, k, j, l) {
      return evidence(i, k, j, l).matched
    }
  }
}

/** Per key: 1 for a key that counts only when both sides have it (a name's sound: `isSoundKey`). */
function optionalKeys(keys: Interner, keyCount: number): Uint8Array {
  const optional = new Uint8Array(keyCount)
  for (const [name, key] of keys) if (key < keyCount && isSoundKey(name)) optional[key] = 1
  return optional
}

/** The cost of a pairing bead from its evidence: length, shared and one-sided keys, shape, headings. */
function shapeCost(e: Evidence, k: number, l: number, extraUnit: number, manyToMany: number, model: LengthModel): number {
  return (
    lengthCost(model, e.ls, e.lt) -
    weights.match * e.matchedWeight +
    weights.unmatched * (e.totalPenalty - e.matchedPenalty) +
    extraUnit * (k + l - 2) +
    (k > 1 && l > 1 ? manyToMany : 0) +
    (e.headingMismatch ? weights.headingMismatch : 0)
  )
}

/** Slack for rounding: a bead is skipped only when its floor exceeds the budget by more than this. */
const margin = 1e-9

/**
 * A lower bound of `shapeCost` read from lengths and key weights alone, without matching keys:
 * the shared weight is at most the smaller side's total weight, and a match takes at most twice its
 * weight off the penalty. Keep in step with `shapeCost`.
 */
function costFloor(tables: Tables, i: number, k: number, j: number, l: number, extraUnit: number, manyToMany: number, model: LengthModel): number {
  let ls = 0, lt = 0, sourceWeight = 0, targetWeight = 0, penalty = 0
  for (let a = i; a < i + k; a++) (ls += (tables.source[a] as UnitFeatures).length), (sourceWeight += tables.sourceWeight[a] as number), (penalty += tables.sourcePenalty[a] as number)
  for (let b = j; b < j + l; b++) (lt += (tables.target[b] as UnitFeatures).length), (targetWeight += tables.targetWeight[b] as number), (penalty += tables.targetPenalty[b] as number)
  const shared = Math.min(sourceWeight, targetWeight)
  return (
    lengthCost(model, ls, lt) -
    weights.match * shared +
    weights.unmatched * Math.max(0, penalty - 2 * shared) +
    extraUnit * (k + l - 2) +
    (k > 1 && l > 1 ? manyToMany : 0)
  )
}

/**
 * Dice of the shared evidence keys (each unit's whole-text key left out), smoothed so that a
 * bead with no evidence either way scores ½ rather than 0.
 */
function smoothedDice(matched: number, total: number): number {
  return Math.min(1, (2 * matched + 1) / (Math.max(0, total) + 2))
}

function joined(units: readonly UnitFeatures[], from: number, count: number): string {
  if (count === 1) return units[from]?.text ?? ''
  return units.slice(from, from + count).map((unit) => unit.text).join(' ')
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0
}
