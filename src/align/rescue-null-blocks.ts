import type {Step} from './backtrack.js'

/** A stretch of blocks whose sentences are aligned together: a block bead, or a run of null block beads to rescue. */
export interface Region extends Step {
  /** True for a run of null block beads: its block beads are then read off its sentence beads. */
  rescued: boolean
}

/**
 * Joins each run of consecutive null block beads into one region, so that its sentences are
 * aligned together: the block level alone (one block a side, long blocks with weak evidence)
 * never decides that text has no counterpart; the sentence level must agree.
 */
export function joinNullRuns(steps: readonly Step[]): Region[] {
  const regions: Region[] = []
  for (const step of steps) {
    const last = regions.at(-1)
    const isNull = step.k === 0 || step.l === 0
    if (isNull && last?.rescued) (last.k += step.k), (last.l += step.l)
    else regions.push({...step, rescued: isNull})
  }
  return regions
}

/** Which block each sentence is in, from the blocks' `[first, end)` sentence ranges. */
export function blockOfSentences(ranges: ReadonlyArray<readonly [number, number]>): Int32Array {
  const blockOf = new Int32Array(ranges.at(-1)?.[1] ?? 0)
  ranges.forEach(([first, end], block) => blockOf.fill(block, first, end))
  return blockOf
}

/**
 * The block beads of a rescued region from its sentence beads: blocks linked by a pairing
 * sentence bead (directly or through a chain of them) form one bead; blocks none of whose
 * sentences pair stay null beads, in order.
 */
export function blocksFromSentences(region: Step, sentences: readonly Step[], sourceBlock: Int32Array, targetBlock: Int32Array): Step[] {
  const groups: Array<{s: [number, number]; t: [number, number]}> = []
  for (const step of sentences) {
    if (step.k === 0 || step.l === 0) continue
    const s: [number, number] = [sourceBlock[step.i] ?? 0, sourceBlock[step.i + step.k - 1] ?? 0]
    const t: [number, number] = [targetBlock[step.j] ?? 0, targetBlock[step.j + step.l - 1] ?? 0]
    const last = groups.at(-1)
    if (last && (s[0] <= last.s[1] || t[0] <= last.t[1])) (last.s[1] = Math.max(last.s[1], s[1])), (last.t[1] = Math.max(last.t[1], t[1]))
    else groups.push({s, t})
  }
  const steps: Step[] = []
  let [i, j] = [region.i, region.j]
  const skipTo = (sourceEnd: number, targetEnd: number) => {
    for (; i < sourceEnd; i++) steps.push({i, k: 1, j, l: 0})
    for (; j < targetEnd; j++) steps.push({i, k: 0, j, l: 1})
  }
  for (const group of groups) {
    skipTo(group.s[0], group.t[0])
    steps.push({i, k: group.s[1] - i + 1, j, l: group.t[1] - j + 1})
    ;[i, j] = [group.s[1] + 1, group.t[1] + 1]
  }
  skipTo(region.i + region.k, region.j + region.l)
  return steps
}
