/**
 * The candidate closest to `name` by edit distance (Levenshtein, on code
 * points), for "did you mean" hints: `nearestName('glosary', ['glossary',
 * 'pairs'])` is `'glossary'`. Ties go to the earlier candidate.
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  const left = [...a]
  const right = [...b]
  let previous = right.map((_, index) => index + 1)
  previous.unshift(0)
  for (const [i, char] of left.entries()) {
    const current = [i + 1]
    for (const [j, other] of right.entries()) {
      current.push(Math.min((previous[j + 1] ?? 0) + 1, (current[j] ?? 0) + 1, (previous[j] ?? 0) + (char === other ? 0 : 1)))
    }
    previous = current
  }
  return previous[right.length] ?? 0
}
