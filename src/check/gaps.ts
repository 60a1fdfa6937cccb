import type {Alignment} from '../align/types.js'

/**
 * A gap: a run of consecutive block beads that each have units on one side
 * only (1-0 and 0-1 beads, in any order). What one side lacks there, the other
 * side may hold in another shape (one paragraph against forty list items).
 */
export interface Gap {
  /** Source blocks of the gap, in order. */
  source: number[]
  /** Target blocks of the gap, in order. */
  target: number[]
}

/**
 * The gaps of an alignment, in reading order.
 *
 * @example
 *   findGaps({blocks: [{source: [0], target: [0]}, {source: [1], target: []}, {source: [], target: [1]}], …})
 *   // => [{source: [1], target: [1]}]
 */
export function findGaps(alignment: Pick<Alignment, 'blocks'>): Gap[] {
  const gaps: Gap[] = []
  let open: Gap | undefined
  for (const bead of alignment.blocks) {
    const oneSided = bead.source.length === 0 || bead.target.length === 0
    if (!oneSided) {
      open = undefined
      continue
    }
    if (!open) gaps.push((open = {source: [], target: []}))
    open.source.push(...bead.source)
    open.target.push(...bead.target)
  }
  return gaps
}
