/** The cells searched: for each source position `i` (0 … n), target positions `lo[i]` … `hi[i]`. */
export interface Band {
  lo: Int32Array
  hi: Int32Array
}

/**
 * A band of half-width `width` around `guide` (a monotonic list of `[i, j]` lattice points from
 * (0, 0) to (n, m)), or around the diagonal when there is none. Memory is O(n · width).
 */
export function bandAround(n: number, m: number, width: number, guide?: ReadonlyArray<readonly [number, number]>): Band {
  const lo = new Int32Array(n + 1).fill(m)
  const hi = new Int32Array(n + 1).fill(0)
  const path = guide ?? diagonal(n, m)
  for (const [i, j] of path) {
    lo[i] = Math.min(lo[i] ?? m, j)
    hi[i] = Math.max(hi[i] ?? 0, j)
  }
  for (let i = 1; i <= n; i++) {
    // Rows that a many-to-one bead jumps over take the column where the path crosses them.
    if ((lo[i] ?? 0) > (hi[i] ?? 0)) lo[i] = hi[i] = hi[i - 1] ?? 0
  }
  const minimum = new Int32Array(n + 1)
  const maximum = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    minimum[i] = Math.max(0, (lo[Math.max(0, i - width)] ?? 0) - width)
    maximum[i] = Math.min(m, (hi[Math.min(n, i + width)] ?? m) + width)
  }
  return {lo: minimum, hi: maximum}
}

/** Lattice points along the straight line from (0, 0) to (n, m), each row and column visited. */
function diagonal(n: number, m: number): Array<[number, number]> {
  const points: Array<[number, number]> = []
  let i = 0
  let j = 0
  points.push([0, 0])
  while (i < n || j < m) {
    // Step along the side that lags behind the line.
    if (j >= m || (i < n && (i + 1) * m <= (j + 1) * n)) i++
    else j++
    points.push([i, j])
  }
  return points
}

/** Whether `path` runs along an edge of `band` that is not the edge of the whole lattice. */
export function touchesEdge(band: Band, path: ReadonlyArray<readonly [number, number]>, m: number): boolean {
  return path.some(([i, j]) => (j === band.lo[i] && j > 0) || (j === band.hi[i] && j < m))
}
