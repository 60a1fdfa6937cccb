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
 * Counts the tokens a candidate (or `tokens[start, end)`) shares with one
 * query (multiset intersection), without allocating per candidate.
 */
export function createCommonCounter<T>(query: ArrayLike<T>): (tokens: ArrayLike<T>, start?: number, end?: number) => number {
  const slots = new Map<T, number>()
  const limits: number[] = []
  for (let i = 0; i < query.length; i++) {
    const token = query[i] as T
    const slot = slots.get(token)
    if (slot === undefined) {
      slots.set(token, limits.length)
      limits.push(1)
    } else limits[slot] = (limits[slot] as number) + 1
  }
  const used = new Int32Array(limits.length)
  return (tokens, start = 0, end = tokens.length) => {
    used.fill(0)
    let common = 0
    for (let j = start; j < end; j++) {
      const slot = slots.get(tokens[j] as T)
      if (slot !== undefined && (used[slot] as number) < (limits[slot] as number)) {
        used[slot] = (used[slot] as number) + 1
        common++
      }
    }
    return common
  }
}
