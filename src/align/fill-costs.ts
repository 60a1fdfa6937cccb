import type {Band} from './band.js'

/** A bead shape: `k` source units and `l` target units. */
export type Move = readonly [k: number, l: number]

/** Costs and best moves of the cells of a band. */
export interface Lattice {
  band: Band
  /** `cost[i][j - lo[i]]`: least cost of aligning the first `i` source and `j` target units. */
  cost: Float64Array[]
  /** Index into `moves` of the last bead on the best path to the cell (255: unreachable). */
  move: Uint8Array[]
}

/** Bead shapes 1-0, 0-1 and every k-l with 1 ≤ k, l ≤ `maxUnits`, one-to-one first. */
export function movesUpTo(maxUnits: number): Move[] {
  const moves: Move[] = [[1, 1], [1, 0], [0, 1]]
  for (let k = 1; k <= maxUnits; k++) for (let l = 1; l <= maxUnits; l++) if (k + l > 2) moves.push([k, l])
  return moves
}

/** Fills the band row by row: `cost(i, j) = min over moves (cost(i-k, j-l) + beadCost(i-k, k, j-l, l))`. */
export function fillCosts(band: Band, moves: readonly Move[], beadCost: (i: number, k: number, j: number, l: number) => number): Lattice {
  const rows = band.lo.length
  const cost: Float64Array[] = []
  const move: Uint8Array[] = []
  for (let i = 0; i < rows; i++) {
    const lo = band.lo[i] ?? 0
    const width = Math.max(0, (band.hi[i] ?? 0) - lo + 1)
    const row = new Float64Array(width).fill(Infinity)
    const from = new Uint8Array(width).fill(255)
    cost.push(row)
    move.push(from)
    for (let j = lo; j < lo + width; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0
        continue
      }
      fillCell(cost, band, moves, beadCost, i, j, row, from)
    }
  }
  return {band, cost, move}
}

function fillCell(
  cost: Float64Array[],
  band: Band,
  moves: readonly Move[],
  beadCost: (i: number, k: number, j: number, l: number) => number,
  i: number,
  j: number,
  row: Float64Array,
  from: Uint8Array
): void {
  const at = j - (band.lo[i] ?? 0)
  for (let index = 0; index < moves.length; index++) {
    const [k, l] = moves[index] as Move
    const pi = i - k
    const pj = j - l
    if (pi < 0 || pj < 0) continue
    const previous = cost[pi]?.[pj - (band.lo[pi] ?? 0)]
    if (previous === undefined || previous === Infinity || pj > (band.hi[pi] ?? -1)) continue
    const total = previous + beadCost(pi, k, pj, l)
    if (total < (row[at] ?? Infinity)) {
      row[at] = total
      from[at] = index
    }
  }
}
