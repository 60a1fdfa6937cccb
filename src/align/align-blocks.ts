import type {AlignContext} from './align-context.js'
import {alignSequence, searchBands} from './align-sequence.js'
import type {Step} from './backtrack.js'
import {coarseGuide} from './coarse-guide.js'
import type {BeadScorer, ScorerSettings} from './score-bead.js'
import {createBeadScorer} from './score-bead.js'

/** Block steps of one pass and the scorer that priced them. */
export interface BlockPass {
  steps: Step[]
  scorer: BeadScorer
}

/**
 * Documents with more blocks than this on a side are searched around the diagonal in a band that
 * stops widening at `widest` times the first, and, when the path still runs along its edge there,
 * coarse to fine (see `coarseGuide`): below it, the search is the one around the diagonal whose
 * band doubles until the path leaves its edge, exact but quadratic in the worst case (a side that
 * lacks a long part of the other).
 */
export const longDocument = 4096

/** Coarse levels are searched whole when a side has at most this many merged units. */
const coarseTop = 512

/** How many times the first half-width the band of a long document may grow to. */
const widest = 4

/**
 * Aligns the blocks of the whole documents (not section by section, so a block may leave its
 * heading behind), searching a band of half-width `band` around the `guide` path of an earlier
 * pass, or around the diagonal (around a coarser alignment's path for long documents).
 */
export function alignBlocks(context: AlignContext, guide: ReadonlyArray<readonly [number, number]> | undefined, band: number): BlockPass {
  const {source, target, options} = context
  const settings: ScorerSettings = {model: context.model, keyCount: context.keys.size, textKeys: context.textKeys, keys: context.keys, scorer: options.scorer, level: 'block'}
  const scorer = createBeadScorer(source.blocks, target.blocks, settings)
  const long = Math.max(source.blocks.length, target.blocks.length) > longDocument
  const maxBand = long ? widest * options.band : undefined
  if (long && guide === undefined) {
    // A long pair whose path stays near the diagonal needs no coarse levels: searched as a short one is.
    const plain = searchBands(source.blocks.length, target.blocks.length, scorer.cost, {maxUnits: options.maxUnits, band, maxBand})
    if (plain.settled) return {steps: plain.steps, scorer}
  }
  const around = guide ?? (long ? coarseGuide(source.blocks, target.blocks, {...settings, maxUnits: options.maxUnits, band, maxBand: widest * band, limit: coarseTop}) : undefined)
  const steps = alignSequence(source.blocks.length, target.blocks.length, scorer.cost, {maxUnits: options.maxUnits, band, guide: around, maxBand})
  return {steps, scorer}
}
