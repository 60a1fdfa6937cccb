/** Items of each side that the other side lacks, as multisets (an item written twice must be there twice). */
export interface UnmatchedItems {
  source: string[]
  target: string[]
}

/** Pairs equal items of two lists, each at most once; returns those left over, in order. */
export function unmatchedItems(source: readonly string[], target: readonly string[]): UnmatchedItems {
  const counts = new Map<string, number>()
  for (const item of target) counts.set(item, (counts.get(item) ?? 0) + 1)
  const sourceLeft: string[] = []
  for (const item of source) {
    const count = counts.get(item) ?? 0
    if (count > 0) counts.set(item, count - 1)
    else sourceLeft.push(item)
  }
  const targetLeft: string[] = []
  for (const item of [...target].reverse()) {
    const count = counts.get(item) ?? 0
    if (count > 0) {
      counts.set(item, count - 1)
      targetLeft.unshift(item)
    }
  }
  return {source: sourceLeft, target: targetLeft}
}
