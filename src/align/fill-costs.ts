import type {Band} from './band.js'

/** A bead shape: `k` source units and `l` target units. */
export type Move = readonly [k: number, l: number]

/** Costs and best moves of the cells of a band, row after row in two flat arrays. */
export interface Lattice {
  band: Band
  /** Index in `cost` and `move` of cell (i, lo[i]); cell (i, j) is at `start[i] + j − lo[i]`. */
  start: Int32Array
  /** Least cost of aligning the first `i` source and `j` target units. */
  cost: Float64Array
  /** Index into `moves` of the last bead on the best path to the cell (255: unreachable). */
  move: Uint8Array
}

/** Bead shapes 1-0, 0-1 and every k-l with 1 ≤ k, l ≤ `maxUnits`, one-to-one first. */
export function movesUpTo(maxUnits: number): Move[] {
  const moves: Move[] = [[1, 1], [1, 0], [0, 1]]
  for (let k = 1; k <= maxUnits; k++) for (let l = 1; l <= maxUnits; l++) if (k + l > 2) moves.push([k, l])
  return moves
}

/**
 * The cost of the bead `source[i .. i+k) ↔ target[j .. j+l)`. `budget` is what the bead must cost
 * less than to improve the cell it leads to; a bead that cannot may return any value ≥ `budget`
 * (`Infinity`) without working out its exact cost.
 */
export type BeadCost = (i: number, k: number, j: number, l: number, budget: number) => number

/** Fills the band row by row: `cost(i, j) = min over moves (cost(i-k, j-l) + beadCost(i-k, k, j-l, l))`. */
export function fillCosts(band: Band, moves: readonly Move[], beadCost: BeadCost): Lattice {
  const rows = band.lo.length
  const start = new Int32Array(rows + 1)
  for (let i = 0; i < rows; i++) start[i + 1] = (start[i] as number) + Math.max(0, (band.hi[i] as number) - (band.lo[i] as number) + 1)
  const lattice: Lattice = {band, start, cost: new Float64Array(start[rows] as number).fill(Infinity), move: new Uint8Array(start[rows] as number).fill(255)}
  if (rows > 0 && (band.lo[0] as number) === 0) lattice.cost[0] = 0
  for (let i = 0; i < rows; i++) {
    for (let j = band.lo[i] as number; j <= (band.hi[i] as number); j++) if (i > 0 || j > 0) fillCell(lattice, moves, beadCost, i, j)
  }
  return lattice
}

function fillCell(lattice: Lattice, moves: readonly Move[], beadCost: BeadCost, i: number, j: number): void {
  const {band, start, cost, move} = lattice
  const at = (start[i] as number) + j - (band.lo[i] as number)
  for (let index = 0; index < moves.length; index++) {
    const [k, l] = moves[index] as Move
    const pi = i - k
    const pj = j - l
    if (pi < 0 || pj < (band.lo[pi] as number) || pj > (band.hi[pi] as number)) continue
    const previous = cost[(start[pi] as number) + pj - (band.lo[pi] as number)] as number
    if (previous === Infinity) continue
    const total = previous + beadCost(pi, k, pj, l, (cost[at] as number) - previous)
    if (total < (cost[at] as number)) {
      cost[at] = total
      move[at] = index
    }
  }
}
