import {backtrack, pathPoints} from './backtrack.js'
import type {Step} from './backtrack.js'
import {bandAround, touchesEdge} from './band.js'
import {fillCosts, movesUpTo} from './fill-costs.js'

/** Options of `alignSequence`, already resolved. */
export interface SequenceOptions {
  maxUnits: number
  /** First half-width of the band. */
  band: number
  /** A previous path to search around instead of the diagonal. */
  guide?: ReadonlyArray<readonly [number, number]> | undefined
}

/**
 * Best monotonic bead path through `n` source and `m` target units under `beadCost`, searched
 * in a band that doubles while the best path runs along its edge: O((n + m) · band) time and memory.
 */
export function alignSequence(n: number, m: number, beadCost: (i: number, k: number, j: number, l: number) => number, options: SequenceOptions): Step[] {
  const moves = movesUpTo(options.maxUnits)
  for (let width = options.band; ; width *= 2) {
    const band = bandAround(n, m, width, options.guide)
    const steps = backtrack(fillCosts(band, moves, beadCost), moves, n, m)
    if (width >= Math.max(n, m) || !touchesEdge(band, pathPoints(steps), m)) return steps
  }
}
