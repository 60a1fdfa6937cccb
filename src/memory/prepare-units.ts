import {primaryLang} from '../text/primary-lang.js'
import {IntList} from './int-list.js'
import {TokenVocabulary} from './token-vocabulary.js'
import type {TranslationUnit} from './types.js'
import {unitData} from './unit-row.js'

/** The string columns of a unit row, in the order of `PreparedBatch.ends`. */
export const stringColumns = ['source', 'target', 'source_lang', 'target_lang', 'source_primary', 'target_primary', 'data'] as const

/**
 * A batch of units with their match tokens and postings: the work of an import
 * that needs no database, and the larger part of it. Plain strings and typed arrays, so that a worker
 * thread can prepare it and hand it over (the arrays are transferred, not copied).
 *
 * Token ids are local to the `Preparer` that made the batch; the writer maps
 * them to the store's ids. Entries are local too: `unit index × 2 + side`.
 */
export interface PreparedBatch {
  /** Units in the batch. */
  count: number
  /** The units' string columns (`stringColumns`), one after another. */
  strings: string
  /** Per unit and column, where the column ends in `strings`. */
  ends: Int32Array
  /** Local token ids: per unit, its source's then its target's. */
  tokens: Int32Array
  /** Per unit, where its source's and its target's tokens end in `tokens`. */
  tokenEnds: Int32Array
  /** Local id of the first token the batch introduces; the others follow it. */
  firstNewToken: number
  /** The tokens the batch introduces: primary language and text, alternating. */
  newTokens: string[]
  /** The local tokens with postings in this batch. */
  postingTokens: Int32Array
  /** Per posting token, where its entries end in `postings`. */
  postingEnds: Int32Array
  /** Per posting token, `entry, side length` pairs, entries ascending. */
  postings: Int32Array
}

/** Turns unit batches into `PreparedBatch`es, keeping the local vocabulary between them. */
export type Preparer = (units: TranslationUnit[]) => PreparedBatch

/**
 * A preparer with an empty vocabulary.
 *
 * @example
 *   const prepare = createPreparer()
 *   const batch = prepare(units) // then write it, here or in another thread
 */
export function createPreparer(): Preparer {
  const vocabulary = new TokenVocabulary()
  const primaries = new Map<string, string>()
  const primaryOf = (tag: string): string => {
    let primary = primaries.get(tag)
    if (primary === undefined && primaries.size < 1000) primaries.set(tag, (primary = primaryLang(tag)))
    return primary ?? primaryLang(tag)
  }

  return (units) => {
    const firstNewToken = vocabulary.size
    const columns: string[] = []
    const ends = new IntList(units.length * stringColumns.length + 1)
    const tokens = new IntList(units.length * 32 + 1)
    const tokenEnds = new IntList(units.length * 2 + 1)
    let offset = 0
    const put = (column: string) => {
      columns.push(column)
      ends.push((offset += column.length))
    }
    for (const unit of units) {
      const sourcePrimary = primaryOf(unit.sourceLang)
      const targetPrimary = primaryOf(unit.targetLang)
      vocabulary.add(unit.source, unit.sourceLang, sourcePrimary, tokens)
      tokenEnds.push(tokens.length)
      vocabulary.add(unit.target, unit.targetLang, targetPrimary, tokens)
      tokenEnds.push(tokens.length)
      // In the order of `stringColumns`.
      put(unit.source)
      put(unit.target)
      put(unit.sourceLang)
      put(unit.targetLang)
      put(sourcePrimary)
      put(targetPrimary)
      put(unitData(unit))
    }
    const count = units.length
    const newTokens: string[] = []
    for (let id = firstNewToken; id < vocabulary.size; id++) newTokens.push(vocabulary.lang(id), vocabulary.text(id))
    const tokenArray = tokens.array.slice(0, tokens.length)
    const tokenEndArray = tokenEnds.array.slice(0, tokenEnds.length)
    return {
      count, strings: columns.join(''), ends: ends.array.slice(0, ends.length), tokens: tokenArray, tokenEnds: tokenEndArray,
      firstNewToken, newTokens, ...buildPostings(tokenArray, tokenEndArray, vocabulary.size)
    }
  }
}

/**
 * Postings by counting sort: one list per token present, each entry once per
 * side however often the token occurs in it, entries ascending.
 */
function buildPostings(tokens: Int32Array, tokenEnds: Int32Array, vocabularySize: number) {
  const counts = new Int32Array(vocabularySize)
  const lastEntry = new Int32Array(vocabularySize).fill(-1)
  const eachPosting = (visit: (token: number, entry: number, length: number) => void) => {
    let start = 0
    for (let entry = 0; entry < tokenEnds.length; entry++) {
      const end = tokenEnds[entry] as number
      for (let i = start; i < end; i++) {
        const token = tokens[i] as number
        if (lastEntry[token] === entry) continue
        lastEntry[token] = entry
        visit(token, entry, end - start)
      }
      start = end
    }
  }
  eachPosting((token) => counts[token]!++)
  const postingTokens = new IntList()
  const postingEnds = new IntList()
  const next = new Int32Array(vocabularySize)
  let total = 0
  for (let token = 0; token < vocabularySize; token++) {
    if (counts[token] === 0) continue
    next[token] = total
    total += (counts[token] as number) * 2
    postingTokens.push(token)
    postingEnds.push(total)
  }
  const postings = new Int32Array(total)
  lastEntry.fill(-1)
  eachPosting((token, entry, length) => {
    const at = next[token] as number
    postings[at] = entry
    postings[at + 1] = length
    next[token] = at + 2
  })
  return {postingTokens: postingTokens.array.slice(0, postingTokens.length), postingEnds: postingEnds.array.slice(0, postingEnds.length), postings}
}
