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
    }
    return id
  }
}
