/** Folded names this long or longer can be cognates. */
const minimumLength = 4

/**
 * Whether two folded names look like the same name in two languages: equal, or sharing a
 * prefix of 4+ letters that covers 60% of the shorter (`azerbaycan` ~ `azerbaijan`,
 * `programinin` ~ `programme`), or (5+ letters) within an edit distance of a quarter of
 * the longer (`kazakistan` ~ `kazakhstan`).
 */
export function isCognate(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = Math.min(a.length, b.length)
  if (shorter < minimumLength) return false
  let prefix = 0
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++
  if (prefix >= minimumLength && prefix >= 0.6 * shorter) return true
  const longer = Math.max(a.length, b.length)
  return shorter >= 5 && longer <= 40 && editDistance(a, b) <= 0.25 * longer
}

/** Levenshtein distance with one row of memory (inputs are short names). */
export function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
      next.push(Math.min(substitution, (row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1))
    }
    row = next
  }
  return row[b.length] ?? 0
}
