import {isNumberToken} from './match-tokens.js'
import type {KeyClasses} from './rank-matches.js'

/**
 * The inverted index of one language: token → entries (`unit id × 2 + side`)
 * whose text in that language contains the token.
 */
export class LangIndex {
  /** Token text → token id. */
  readonly vocabulary = new Map<string, number>()
  /** Token id → entries, ascending. */
  readonly postings: number[][] = []
  /** Entries with a side in this language, ascending. */
  readonly entries: number[] = []
  /** Token id → whether the token is a number. */
  private readonly numbers: boolean[] = []
  /** Scratch table of `commonCounter`: token id → query slot + 1. */
  private slots = new Int32Array(0)

  /** Adds an entry's tokens; returns their ids. */
  add(entry: number, tokens: string[]): number[] {
    const ids = tokens.map((token) => this.idOf(token))
    for (const id of new Set(ids)) (this.postings[id] as number[]).push(entry)
    this.entries.push(entry)
    return ids
  }

  /** Ids of the query's tokens; unknown tokens get distinct negative ids that match nothing. */
  keys(tokens: string[]): number[] {
    const unknown = new Map<string, number>()
    return tokens.map((token) => {
      const id = this.vocabulary.get(token)
      if (id !== undefined) return id
      if (!unknown.has(token)) unknown.set(token, -1 - unknown.size)
      return unknown.get(token) as number
    })
  }

  /** How many entries contain the token (0 for unknown ids). */
  frequency(id: number): number {
    return id < 0 ? 0 : (this.postings[id] as number[]).length
  }

  /**
   * Counts the tokens `tokens[start, end)` shares with the query `keys`
   * (multiset intersection) through a table indexed by token id: no hashing
   * in the loop that runs over thousands of candidates.
   */
  commonCounter(keys: number[]): (tokens: Int32Array, start: number, end: number) => number {
    if (this.slots.length < this.postings.length) this.slots = new Int32Array(this.postings.length * 2)
    const slots = this.slots
    slots.fill(0)
    const limits: number[] = []
    for (const key of keys) {
      if (key < 0) continue
      if (slots[key] === 0) slots[key] = limits.push(0)
      const slot = (slots[key] as number) - 1
      limits[slot] = (limits[slot] as number) + 1
    }
    const used = new Int32Array(limits.length)
    return (tokens, start, end) => {
      used.fill(0)
      let common = 0
      for (let j = start; j < end; j++) {
        const slot = (slots[tokens[j] as number] as number) - 1
        if (slot >= 0 && (used[slot] as number) < (limits[slot] as number)) {
          used[slot] = (used[slot] as number) + 1
          common++
        }
      }
      return common
    }
  }

  /** Number tests on token ids, for `scoreCandidates`. */
  classes(): KeyClasses<number> {
    return {isNumber: (id) => this.numbers[id] === true}
  }

  /** Entries containing a token that starts with `prefix`. */
  startingWith(prefix: string): Set<number> {
    const found = new Set<number>()
    for (const [token, id] of this.vocabulary) {
      if (token.startsWith(prefix)) for (const entry of this.postings[id] as number[]) found.add(entry)
    }
    return found
  }

  private idOf(token: string): number {
    let id = this.vocabulary.get(token)
    if (id === undefined) {
      id = this.postings.length
      this.vocabulary.set(token, id)
      this.postings.push([])
      this.numbers.push(isNumberToken(token))
    }
    return id
  }
}
