import type {Bead} from '../align/types.js'
import type {AnchorComparison} from './compare-anchors.js'
import {compareAnchors} from './compare-anchors.js'
import type {CheckContext} from './context.js'
import {blocksLocation} from './locate.js'
import type {FindingLocation} from './types.js'

/** An aligned pair (a bead with both sides) with its anchor comparison and locations. */
export interface PairComparison {
  bead: Bead
  comparison: AnchorComparison
  source: FindingLocation | null
  target: FindingLocation | null
}

/** Compares the anchors of every bead that has both sides, code-only beads left out. */
export function comparePairs(context: CheckContext): PairComparison[] {
  const {alignment} = context
  return alignment.blocks
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .filter((bead) => !bead.source.every((index) => alignment.source.blocks[index]?.kind === 'code'))
    .map((bead) => ({
      bead,
      comparison: compareAnchors(context, bead),
      source: blocksLocation(alignment.source, bead.source),
      target: blocksLocation(alignment.target, bead.target)
    }))
}
