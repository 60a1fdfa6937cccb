import type {Lattice, Move} from './fill-costs.js'

/** A bead found by the search: `k` source units from `i`, `l` target units from `j`. */
export interface Step {
  i: number
  k: number
  j: number
  l: number
}

/** Follows the best moves back from (n, m) and returns the beads in reading order. */
export function backtrack(lattice: Lattice, moves: readonly Move[], n: number, m: number): Step[] {
  const steps: Step[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const inBand = j >= (lattice.band.lo[i] ?? 0) && j <= (lattice.band.hi[i] ?? -1)
    const index = inBand ? (lattice.move[(lattice.start[i] ?? 0) + j - (lattice.band.lo[i] ?? 0)] ?? 255) : 255
    const move = moves[index]
    if (!move) throw new Error(`align: no path reaches (${i}, ${j}); this is a bug`)
    const [k, l] = move
    i -= k
    j -= l
    steps.push({i, k, j, l})
  }
  return steps.reverse()
}

/** The lattice points a path visits, (0, 0) first. */
export function pathPoints(steps: readonly Step[]): Array<[number, number]> {
  const points: Array<[number, number]> = [[0, 0]]
  for (const step of steps) points.push([step.i + step.k, step.j + step.l])
  return points
}
