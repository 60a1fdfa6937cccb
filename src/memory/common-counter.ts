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
