import {editDistance} from '../text/edit-distance.js'

/**
 * The candidate closest to `name` by edit distance (Levenshtein, on code
 * points), for "did you mean" hints: `nearestName('glosary', ['glossary',
 * 'pairs'])` is `'glossary'`. Ties go to the earlier candidate.
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const distance = editDistance([...name], [...candidate])
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}
