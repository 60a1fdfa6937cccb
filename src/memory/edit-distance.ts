/**
 * Levenshtein distance between two token sequences (insert, delete and
 * substitute cost 1), or `max + 1` as soon as it is known to exceed `max`:
 * a length difference above `max`, or a row of the table whose smallest
 * value is above `max`. Work is O(|a| × |b|) at most.
 */
export function boundedDistance<T>(a: ArrayLike<T>, b: ArrayLike<T>, max: number): number {
  const n = a.length
  const m = b.length
  if (Math.abs(n - m) > max) return max + 1
  let previous = new Int32Array(m + 1)
  let current = new Int32Array(m + 1)
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

/** Size of the multiset intersection of two token sequences. */
export function commonTokens<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  const counts = new Map<T, number>()
  for (let i = 0; i < a.length; i++) {
    const token = a[i] as T
    counts.set(token, (counts.get(token) ?? 0) + 1)
  }
  let common = 0
  for (let j = 0; j < b.length; j++) {
    const token = b[j] as T
    const left = counts.get(token)
    if (left) {
      common++
      counts.set(token, left - 1)
    }
  }
  return common
}
