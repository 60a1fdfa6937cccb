import {lengthWindow, maxDistance} from './fuzzy-score.js'

/**
 * The query tokens whose postings contain every unit that can reach
 * `minScore` (prefix filtering, as in Chaudhuri et al. 2006).
 *
 * A candidate of length m within the length window needs at least
 * `max(n, m) − maxDistance(max(n, m))` tokens in common with the query (each
 * edit removes at most one common token). If it shares none of the
 * `n − need + 1` rarest query tokens, it shares at most `need − 1`. So the
 * postings of those tokens hold all candidates; frequent tokens are never read.
 *
 * Returns `undefined` when no token is required (a very low `minScore`):
 * the caller then scans every unit of the language.
 */
export function prefixTokens<T>(keys: T[], frequency: (key: T) => number, minScore: number): T[] | undefined {
  const need = requiredCommon(keys.length, minScore)
  if (need <= 0) return undefined
  const rarest = [...keys].sort((a, b) => frequency(a) - frequency(b))
  return [...new Set(rarest.slice(0, keys.length - need + 1))]
}

/** The fewest tokens a candidate shares with a query of `length` tokens to reach `minScore`. */
export function requiredCommon(length: number, minScore: number): number {
  const [, high] = lengthWindow(length, minScore)
  let need = Number.POSITIVE_INFINITY
  for (let size = length; size <= high; size++) need = Math.min(need, size - maxDistance(size, minScore))
  return need
}
