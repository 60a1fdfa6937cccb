import {lengthWindow, maxDistance} from './fuzzy-score.js'

/** The query tokens whose postings to read, and how much of them a candidate must contain. */
export interface TokenSelection<T> {
  /** Distinct tokens, each with its number of occurrences among the selected ones. */
  tokens: Array<{key: T; weight: number}>
  /** Least total weight of selected tokens a candidate must contain. */
  minimum: number
}

/**
 * The query tokens whose postings contain every unit that can reach
 * `minScore` (prefix filtering, as in Chaudhuri et al. 2006).
 *
 * A candidate within the length window needs at least `need` tokens in common
 * with the query (each edit removes at most one common token). If it contains
 * none of the `n − need + 1` rarest query tokens it shares at most `need − 1`,
 * so their postings hold every candidate and frequent tokens are never read.
 * With `extend`, rare tokens are added while the postings to read stay within
 * twice the minimum; with p tokens selected a candidate must then contain
 * selected tokens of weight `need − (n − p)` or more, which prunes entries
 * that share a single rare word with the query.
 *
 * Returns `undefined` when no token is required (a very low `minScore`):
 * the caller then scans every unit of the language.
 */
export function selectTokens<T>(keys: T[], frequency: (key: T) => number, minScore: number, extend: boolean): TokenSelection<T> | undefined {
  const need = requiredCommon(keys.length, minScore)
  if (need <= 0) return undefined
  const rarest = [...keys].sort((a, b) => frequency(a) - frequency(b))
  let count = keys.length - need + 1
  const cost = (size: number) => rarest.slice(0, size).reduce((total, key) => total + frequency(key), 0)
  const budget = 2 * cost(count) + 100
  while (extend && count < keys.length && cost(count + 1) <= budget) count++
  const weights = new Map<T, number>()
  for (const key of rarest.slice(0, count)) weights.set(key, (weights.get(key) ?? 0) + 1)
  return {tokens: [...weights].map(([key, weight]) => ({key, weight})), minimum: need - (keys.length - count)}
}

/** The fewest tokens a candidate shares with a query of `length` tokens to reach `minScore`. */
export function requiredCommon(length: number, minScore: number): number {
  if (minScore <= 0) return 0
  const [, high] = lengthWindow(length, minScore)
  let need = Number.POSITIVE_INFINITY
  for (let size = length; size <= high; size++) need = Math.min(need, size - maxDistance(size, minScore))
  return need
}
