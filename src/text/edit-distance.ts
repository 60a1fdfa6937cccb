/** Reusable rows for `boundedDistance`, so a lookup scoring thousands of candidates allocates once. */
export interface DistanceScratch {
  previous: Int32Array
  current: Int32Array
}

export function createScratch(): DistanceScratch {
  return {previous: new Int32Array(64), current: new Int32Array(64)}
}

/**
 * Levenshtein distance between two token sequences (insert, delete and
 * substitute cost 1), or `max + 1` as soon as it is known to exceed `max`:
 * a length difference above `max`, or a row of the table whose smallest
 * value is above `max`. Work is O(|a| × |b|) at most.
 */
export function boundedDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>, max: number, scratch = createScratch()): number {
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > max) return max + 1
  if (scratch.previous.length <= m) {
    scratch.previous = new Int32Array(m + 1)
    scratch.current = new Int32Array(m + 1)
  }
  let previous = scratch.previous
  let current = scratch.current
  for (let j = 0; j <= m; j++) previous[j] = j
  for (let i = 1; i <= n; i++) {
    current[0] = i
    let rowMin = i
    const token = a[i - 1]
    for (let j = 1; j <= m; j++) {
      const substitute = (previous[j - 1] as number) + (token === b[j - 1] ? 0 : 1)
      const value = Math.min(substitute, (previous[j] as number) + 1, (current[j - 1] as number) + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[previous, current] = [current, previous]
  }
  const distance = previous[m] as number
  return distance > max ? max + 1 : distance
}

/**
 * Levenshtein distance between two sequences, unbounded: pass strings for
 * UTF-16 units or `[...text]` for code points.
 *
 * @example
 *   editDistance('kitten', 'sitting') // => 3
 */
export function editDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  return boundedDistance(a, b, Number.POSITIVE_INFINITY)
}
