import {isNumberToken, tagToken} from './match-tokens.js'

/** Penalties subtracted from the edit similarity. */
export interface FuzzyOptions {
  /** Points off when the numbers of the two texts differ (as multisets). Default `5`. */
  numberPenalty?: number
  /** Points off when the two texts have a different number of inline tags. Default `2`. */
  tagPenalty?: number
  /** Points off when all tokens are equal but the texts are not (case, punctuation, spaces). Default `1`. */
  formatPenalty?: number
}

export type ResolvedFuzzyOptions = Required<FuzzyOptions>

export function resolveFuzzyOptions(options: FuzzyOptions = {}): ResolvedFuzzyOptions {
  return {numberPenalty: options.numberPenalty ?? 5, tagPenalty: options.tagPenalty ?? 2, formatPenalty: options.formatPenalty ?? 1}
}

/** Edit similarity: `100 × (1 − distance / length)`, where length is the longer sequence's. */
export function similarity(distance: number, length: number): number {
  return length === 0 ? 100 : 100 * (1 - distance / length)
}

/** The largest distance whose similarity at `length` is still at least `minScore`. */
export function maxDistance(length: number, minScore: number): number {
  let distance = Math.max(0, Math.floor(length * (1 - minScore / 100)))
  while (distance < length && similarity(distance + 1, length) >= minScore) distance++
  while (distance >= 0 && similarity(distance, length) < minScore) distance--
  return distance
}

/** Token counts a candidate may have for a query of `length` tokens to reach `minScore`. */
export function lengthWindow(length: number, minScore: number): [number, number] {
  let low = length
  while (low > 0 && length - (low - 1) <= maxDistance(length, minScore)) low--
  let high = length
  while (high + 1 - length <= maxDistance(high + 1, minScore)) high++
  return [low, high]
}

/** Points off for differing numbers, tags and formatting (see `FuzzyOptions`). */
export function penalty(
  query: {text: string; tokens: string[]},
  candidate: {text: string; tokens: string[]},
  options: ResolvedFuzzyOptions
): number {
  let points = 0
  if (multisetKey(query.tokens, isNumberToken) !== multisetKey(candidate.tokens, isNumberToken)) {
    points += options.numberPenalty
  }
  if (count(query.tokens, tagToken) !== count(candidate.tokens, tagToken)) points += options.tagPenalty
  const sameTokens = query.tokens.join(' ') === candidate.tokens.join(' ')
  if (sameTokens && squash(query.text) !== squash(candidate.text)) points += options.formatPenalty
  return points
}

function multisetKey(tokens: string[], keep: (token: string) => boolean): string {
  return tokens.filter(keep).sort().join(' ')
}

function count(tokens: string[], wanted: string): number {
  return tokens.reduce((total, token) => total + (token === wanted ? 1 : 0), 0)
}

/** NFC, spaces collapsed, trimmed: what the format penalty compares. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}
