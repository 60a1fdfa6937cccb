import {backtrack, pathPoints} from './backtrack.js'
import type {Step} from './backtrack.js'
import {bandAround, touchesEdge} from './band.js'
import type {BeadCost} from './fill-costs.js'
import {fillCosts, movesUpTo} from './fill-costs.js'

/** Weight of the distance from the diagonal, far below any real difference in cost. */
const tieBreak = 1e-6

/** Options of `alignSequence`, already resolved. */
export interface SequenceOptions {
  maxUnits: number
  /** First half-width of the band. */
  band: number
  /** A previous path to search around instead of the diagonal. */
  guide?: ReadonlyArray<readonly [number, number]> | undefined
  /** Widest half-width: the band stops doubling there even if the path runs along its edge. Default: no limit. */
  maxBand?: number | undefined
}

/**
 * Best monotonic bead path through `n` source and `m` target units under `beadCost`, searched
 * in a band that doubles while the best path runs along its edge (up to `maxBand`): O((n + m) · band) time and memory.
 */
export function alignSequence(n: number, m: number, beadCost: BeadCost, options: SequenceOptions): Step[] {
  return searchBands(n, m, beadCost, options).steps
}

/**
 * `alignSequence`, and whether its path settled: it left the edge of its band, or the band
 * covers everything. A path that still runs along the edge of the widest band (`maxBand`) has
 * not settled: a wider band might have found a better one.
 */
export function searchBands(n: number, m: number, beadCost: BeadCost, options: SequenceOptions): {steps: Step[]; settled: boolean} {
  const moves = movesUpTo(options.maxUnits)
  const area = Math.max(1, n * m)
  // Exact ties (identical units) are broken towards the diagonal, the same way whichever side is the source.
  const cost: BeadCost = (i, k, j, l, budget) => {
    const tie = (tieBreak * Math.abs((i + k) * m - (j + l) * n)) / area
    return beadCost(i, k, j, l, budget - tie) + tie
  }
  for (let width = options.band; ; width *= 2) {
    const band = bandAround(n, m, width, options.guide)
    const steps = backtrack(fillCosts(band, moves, cost), moves, n, m)
    if (width >= Math.max(n, m) || !touchesEdge(band, pathPoints(steps), m)) return {steps, settled: true}
    if (width >= (options.maxBand ?? Infinity)) return {steps, settled: false}
  }
}
