import {countTags, isNumberToken} from './match-tokens.js'

/** Penalties subtracted from the edit similarity. */
export interface FuzzyOptions {
  /** Points off when the numbers of the two texts differ (as multisets). Default `5`. */
  numberPenalty?: number
  /**
   * Points off per inline tag more or fewer in one text than in the other
   * (tags are not words: they never count in the edit similarity). Default `1`.
   */
  tagPenalty?: number
  /** The most points tags can cost together. Default `2`. */
  maxTagPenalty?: number
  /** Points off when all tokens are equal but the texts are not (case, punctuation, spaces). Default `1`. */
  formatPenalty?: number
}

export type ResolvedFuzzyOptions = Required<FuzzyOptions>

export function resolveFuzzyOptions(options: FuzzyOptions = {}): ResolvedFuzzyOptions {
  return {
    numberPenalty: options.numberPenalty ?? 5,
    tagPenalty: options.tagPenalty ?? 1,
    maxTagPenalty: options.maxTagPenalty ?? 2,
    formatPenalty: options.formatPenalty ?? 1
  }
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

/** Token counts a candidate may have for a query of `length` tokens to reach `minScore` (any, at 0). */
export function lengthWindow(length: number, minScore: number): [number, number] {
  if (minScore <= 0) return [0, 0x7fffffff]
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
  points += tagPoints(countTags(query.text), countTags(candidate.text), options)
  const sameTokens = query.tokens.join(' ') === candidate.tokens.join(' ')
  if (sameTokens && squash(query.text) !== squash(candidate.text)) points += options.formatPenalty
  return points
}

function multisetKey(tokens: string[], keep: (token: string) => boolean): string {
  return tokens.filter(keep).sort().join(' ')
}

/** `tagPenalty` per tag of difference between the two counts, at most `maxTagPenalty`. */
export function tagPoints(queryTags: number, candidateTags: number, options: ResolvedFuzzyOptions): number {
  return Math.min(options.maxTagPenalty, Math.abs(queryTags - candidateTags) * options.tagPenalty)
}

/** NFC, tag placeholders dropped, spaces collapsed, trimmed: what the format penalty compares. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' ').trim()
}
