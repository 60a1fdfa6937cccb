/** The cells searched: for each source position `i` (0 … n), target positions `lo[i]` … `hi[i]`. */
export interface Band {
  lo: Int32Array
  hi: Int32Array
}

/**
 * A band of half-width `width`: the cells within `width` rows and columns of a point of `guide`
 * (a monotonic list of `[i, j]` lattice points from (0, 0) to (n, m)), or without a guide the
 * cells near the diagonal, `|i·m − j·n| ≤ width · max(n, m)`. Both are the same set of cells
 * whichever side is the source, so `align(b, a)` searches the mirror of `align(a, b)`'s band.
 * Memory is O(n · width).
 */
export function bandAround(n: number, m: number, width: number, guide?: ReadonlyArray<readonly [number, number]>): Band {
  return guide ? aroundPath(n, m, width, guide) : aroundDiagonal(n, m, width)
}

function aroundDiagonal(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1).fill(m)
  if (n === 0) return {lo, hi}
  const reach = width * Math.max(n, m)
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.ceil((i * m - reach) / n))
    hi[i] = Math.min(m, Math.floor((i * m + reach) / n))
  }
  return {lo, hi}
}

function aroundPath(n: number, m: number, width: number, guide: ReadonlyArray<readonly [number, number]>): Band {
  const first = new Int32Array(n + 1).fill(-1)
  const last = new Int32Array(n + 1).fill(-1)
  for (const [i, j] of guide) {
    if ((first[i] ?? -1) < 0) first[i] = j
    last[i] = j
  }
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  for (let i = 0; i <= n; i++) {
    let low = m
    let high = 0
    for (let row = Math.max(0, i - width); row <= Math.min(n, i + width); row++) {
      if ((first[row] ?? -1) < 0) continue
      low = Math.min(low, first[row] ?? m)
      high = Math.max(high, last[row] ?? 0)
    }
    lo[i] = Math.max(0, low - width)
    hi[i] = Math.min(m, high + width)
  }
  return {lo, hi}
}

/** Whether a point of `path` has a neighbour (up, down, left or right) inside the lattice but outside `band`. */
export function touchesEdge(band: Band, path: ReadonlyArray<readonly [number, number]>, m: number): boolean {
  const n = band.lo.length - 1
  const inside = (i: number, j: number) => i < 0 || i > n || j < 0 || j > m || (j >= (band.lo[i] ?? 0) && j <= (band.hi[i] ?? -1))
  return path.some(([i, j]) => !inside(i, j - 1) || !inside(i, j + 1) || !inside(i - 1, j) || !inside(i + 1, j))
}
