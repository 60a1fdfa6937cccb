/**
 * Dice coefficient of two multisets of strings, in [0, 1]: twice the number
 * of items they share (each counted as often as both have it) over the number
 * of items. Two empty lists share nothing: 0.
 *
 * @example
 *   dice(['a', 'b', 'b'], ['b', 'b', 'c', 'd']) // => 4 / 7
 */
export function dice(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const item of a) counts.set(item, (counts.get(item) ?? 0) + 1)
  let shared = 0
  for (const item of b) {
    const left = counts.get(item) ?? 0
    if (left === 0) continue
    shared++
    counts.set(item, left - 1)
  }
  return a.length + b.length === 0 ? 0 : (2 * shared) / (a.length + b.length)
}
