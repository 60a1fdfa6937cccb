import type {AlignContext} from './align-context.js'
import {alignSequence} from './align-sequence.js'
import type {Step} from './backtrack.js'
import type {BeadScorer} from './score-bead.js'
import {createBeadScorer} from './score-bead.js'

/** Block steps of one pass and the scorer that priced them. */
export interface BlockPass {
  steps: Step[]
  scorer: BeadScorer
}

/**
 * Aligns the blocks of the whole documents (not section by section, so a block may leave its
 * heading behind), searching a band of half-width `band` around the `guide` path of an earlier
 * pass, or around the diagonal.
 */
export function alignBlocks(context: AlignContext, guide: ReadonlyArray<readonly [number, number]> | undefined, band: number): BlockPass {
  const {source, target, options} = context
  const scorer = createBeadScorer(source.blocks, target.blocks, {model: context.model, keyCount: context.keys.size, textKeys: context.textKeys, keys: context.keys, scorer: options.scorer, level: 'block'})
  const steps = alignSequence(source.blocks.length, target.blocks.length, scorer.cost, {maxUnits: options.maxUnits, band, guide})
  return {steps, scorer}
}
