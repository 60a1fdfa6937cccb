import {diffWords} from 'diff'
import {boundedDistance, createScratch} from '../text/edit-distance.js'
import type {DistanceScratch} from '../text/edit-distance.js'
import {primaryLang} from '../text/primary-lang.js'
import {createCommonCounter} from './common-counter.js'
import type {ResolvedFuzzyOptions} from './fuzzy-score.js'
import {maxDistance, penalty, resolveFuzzyOptions, similarity, squash, tagPoints} from './fuzzy-score.js'
import {checkText} from './check-arguments.js'
import {countTags, isNumberToken, matchTokens} from './match-tokens.js'
import type {LookupOptions} from './translation-memory.js'
import type {DiffPart, Match, TranslationUnit} from './types.js'
import {entryOf} from './entry.js'

/** A lookup with its options resolved once. Languages are primary subtags. */
export interface ResolvedLookup {
  text: string
  tokens: string[]
  sourceLang: string
  targetLang: string
  minScore: number
  limit: number
  fuzzy: ResolvedFuzzyOptions
}

/** A unit side to score: `entry` is `unit id × 2 + side` (0 source, 1 target). */
export interface Candidate<T> {
  entry: number
  tokens: ArrayLike<T>
}

export interface Scored {
  entry: number
  score: number
}

/** Checks and resolves `lookup` options; `pair` is the memory's default direction. */
export function resolveLookup(
  text: string,
  options: LookupOptions,
  pair: {sourceLang: string; targetLang: string}
): ResolvedLookup {
  checkText(text, 'lookup', 'query')
  const minScore = options.minScore ?? 70
  const limit = options.limit ?? 5
  if (!(minScore >= 0 && minScore <= 100)) throw new RangeError(`lookup: minScore must be in [0, 100], got ${minScore}`)
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`lookup: limit must be a positive integer, got ${limit}`)
  const sourceLang = primaryLang(options.sourceLang ?? pair.sourceLang)
  const targetLang = primaryLang(options.targetLang ?? otherSide(sourceLang, pair))
  const tokens = matchTokens(text, sourceLang)
  return {text, tokens, sourceLang, targetLang, minScore, limit, fuzzy: resolveFuzzyOptions(options)}
}

/** The memory's language facing `sourceLang`: a lookup from the target side of the main pair goes the other way. */
function otherSide(sourceLang: string, pair: {sourceLang: string; targetLang: string}): string {
  return sourceLang === primaryLang(pair.targetLang) && sourceLang !== primaryLang(pair.sourceLang) ? pair.sourceLang : pair.targetLang
}

/**
 * Scores candidates and keeps those at or above `minScore`. Cheap filters
 * first (length window, shared tokens), then the bounded edit distance,
 * then the penalties, which need the candidate's text (`textOf`, asked for
 * only then, so a store can fetch it late).
 */
export function scoreCandidates<T>(
  query: ResolvedLookup,
  keys: ArrayLike<T>,
  candidates: Iterable<Candidate<T>>,
  textOf: (entry: number) => string,
  classes?: KeyClasses<T>
): Scored[] {
  const penaltyOf = classes ? keyPenalty(query, keys, classes, textOf) : textPenalty(query, textOf)
  const scored: Scored[] = []
  const common = createCommonCounter(keys)
  const scratch = createScratch()
  const limits: number[] = []
  const limit = (length: number) => (limits[length] ??= maxDistance(length, query.minScore))
  for (const candidate of candidates) {
    const base = baseSimilarity(keys, candidate.tokens, limit, common, scratch)
    if (base === undefined) continue
    const score = Math.max(0, base - penaltyOf(candidate, base))
    if (score >= query.minScore) scored.push({entry: candidate.entry, score})
  }
  return scored
}

/** Which token keys are numbers, for stores that know their keys' texts. */
export interface KeyClasses<T> {
  isNumber: (key: T) => boolean
}

type PenaltyOf<T> = (candidate: Candidate<T>, base: number) => number

/** `penalty` on the candidate's re-tokenised text. */
function textPenalty<T>(query: ResolvedLookup, textOf: (entry: number) => string): PenaltyOf<T> {
  return (candidate) => {
    const text = textOf(candidate.entry)
    return penalty(query, {text, tokens: matchTokens(text, query.sourceLang)}, query.fuzzy)
  }
}

/**
 * The same points as `penalty`, from token keys: numbers compared as
 * multisets of keys, tags counted in the candidate's text.
 */
function keyPenalty<T>(query: ResolvedLookup, keys: ArrayLike<T>, classes: KeyClasses<T>, textOf: (entry: number) => string): PenaltyOf<T> {
  const queryNumbers = Array.from(keys).filter((_, index) => isNumberToken(query.tokens[index] as string)).sort().join(' ')
  const queryTags = countTags(query.text)
  const queryText = squash(query.text)
  return (candidate, base) => {
    const numbers: T[] = []
    for (let i = 0; i < candidate.tokens.length; i++) {
      const key = candidate.tokens[i] as T
      if (classes.isNumber(key)) numbers.push(key)
    }
    const text = textOf(candidate.entry)
    let points = numbers.sort().join(' ') === queryNumbers ? 0 : query.fuzzy.numberPenalty
    points += tagPoints(queryTags, countTags(text), query.fuzzy)
    if (base === 100 && squash(text) !== queryText) points += query.fuzzy.formatPenalty
    return points
  }
}

function baseSimilarity<T>(
  query: ArrayLike<T>,
  tokens: ArrayLike<T>,
  limit: (length: number) => number,
  common: (tokens: ArrayLike<T>) => number,
  scratch: DistanceScratch
): number | undefined {
  const length = Math.max(query.length, tokens.length)
  if (length === 0) return undefined
  const max = limit(length)
  if (Math.abs(query.length - tokens.length) > max) return undefined
  if (common(tokens) < length - max) return undefined
  const distance = boundedDistance(query, tokens, max, scratch)
  return distance > max ? undefined : similarity(distance, length)
}

/** A unit's texts and primary languages, for `exactScored`. */
export interface SideTexts {
  id: number
  source: string
  target: string
  sourcePrimary: string
  targetPrimary: string
}

/**
 * For a query without words (`>`, `%@.`), which fuzzy matching cannot score:
 * the sides of the query's direction whose text equals the query's (NFC,
 * spaces collapsed, tags aside), scored 100 less the tag points.
 */
export function exactScored(query: ResolvedLookup, units: Iterable<SideTexts>): Scored[] {
  const wanted = squash(query.text)
  const scored: Scored[] = []
  if (wanted === '') return scored
  for (const unit of units) {
    const sides = [[unit.source, unit.sourcePrimary, unit.targetPrimary], [unit.target, unit.targetPrimary, unit.sourcePrimary]] as const
    sides.forEach(([text, from, to], side) => {
      if (from !== query.sourceLang || to !== query.targetLang || squash(text) !== wanted) return
      scored.push({entry: entryOf(unit.id, side), score: 100 - tagPoints(countTags(query.text), countTags(text), query.fuzzy)})
    })
  }
  return scored
}

/** The best `limit` scores: highest first, then in the order units were stored. */
export function best(scored: Scored[], limit: number): Scored[] {
  return scored.sort((a, b) => b.score - a.score || a.entry - b.entry).slice(0, limit)
}

/** A match as returned to callers: the unit seen from the query's side, with a diff. */
export function toMatch(query: ResolvedLookup, unit: TranslationUnit, scored: Scored): Match {
  const forward = scored.entry % 2 === 0
  const source = forward ? unit.source : unit.target
  return {
    source,
    target: forward ? unit.target : unit.source,
    sourceLang: forward ? unit.sourceLang : unit.targetLang,
    targetLang: forward ? unit.targetLang : unit.sourceLang,
    score: Math.round(scored.score * 10) / 10,
    diff: wordDiff(query.text, source),
    unit
  }
}

function wordDiff(query: string, source: string): DiffPart[] {
  return diffWords(query, source).map((change) => ({
    type: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value
  }))
}
