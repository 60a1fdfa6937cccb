import {foldCase} from '../text/fold-case.js'
import {IntList} from './int-list.js'
import {scanTokens} from './match-tokens.js'

/**
 * Numbers the match tokens of each language: the same token of the same
 * language always gets the same id, a new one the next id.
 *
 * `add` reads a text's tokens as `matchTokens` does, but hashes each token
 * where it stands and looks it up in an open-addressing table, so that a
 * known token costs no new string and no `Map` lookup: the TM import reads
 * millions of tokens and meets few new ones.
 *
 * @example
 *   const vocabulary = new TokenVocabulary()
 *   vocabulary.add('İŞKUR’un planı', 'tr-TR', 'tr', ids) // ids gets 0, 1, 2; vocabulary.text(0) === 'işkur'
 */
export class TokenVocabulary {
  /** Ids plus one, by hash slot; 0 is empty. */
  private slots = new Int32Array(1 << 12)
  private readonly hashes = new IntList()
  private readonly texts: string[] = []
  private readonly langs: string[] = []

  /** Number of tokens so far; the next new token's id. */
  get size(): number {
    return this.texts.length
  }

  /** The text of token `id`. */
  text(id: number): string {
    return this.texts[id] as string
  }

  /** The primary language of token `id`. */
  lang(id: number): string {
    return this.langs[id] as string
  }

  /** Appends to `into` the ids of the match tokens of `text`, read with the rules of `tag`, filed under `primary`. */
  add(text: string, tag: string, primary: string, into: IntList): void {
    const folded = foldCase(text.normalize('NFC'), tag)
    const seed = hashRange(primary, 0, primary.length, 0x811c9dc5)
    scanTokens(folded, (start, end) => into.push(this.idOf(folded, start, end, primary, hashRange(folded, start, end, seed))))
  }

  private idOf(source: string, from: number, to: number, primary: string, hash: number): number {
    const mask = this.slots.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const found = (this.slots[slot] as number) - 1
      if (found === -1) break
      if (this.hashes.at(found) === hash && this.langs[found] === primary && sameText(this.texts[found] as string, source, from, to)) return found
    }
    const id = this.texts.length
    this.texts.push(source.slice(from, to))
    this.langs.push(primary)
    this.hashes.push(hash)
    if (this.texts.length * 2 > this.slots.length) this.grow()
    else this.place(id, hash)
    return id
  }

  private place(id: number, hash: number): void {
    const mask = this.slots.length - 1
    let slot = hash & mask
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask
    this.slots[slot] = id + 1
  }

  /** Doubles the table, keeping it at most half full. */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2)
    for (let id = 0; id < this.texts.length; id++) this.place(id, this.hashes.at(id))
  }
}

/** FNV-1a over the UTF-16 code units of `text[from, to)`, from `seed`, as a signed 32-bit integer. */
function hashRange(text: string, from: number, to: number, seed: number): number {
  let hash = seed
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash | 0
}

function sameText(known: string, source: string, from: number, to: number): boolean {
  return known.length === to - from && source.startsWith(known, from)
}
