import {foldCase, isDottedLanguage} from '../text/fold-case.js'
import {inflectedCalendarWord} from './inflected-calendar-word.js'
import {readNumber} from './read-number.js'
import type {Anchor, AnchorKind} from './types.js'
import type {ScanToken} from './scan-tokens.js'
import type {WordTables} from './word-tables.js'
import {wordTables} from './word-tables.js'

/** What the anchor matchers read: the raw tokens of one text and its language. */
export interface Cursor {
  text: string
  lang: string
  tokens: ScanToken[]
  /** Lower-cased stems, filled on first use (`wordAt`). */
  lower: Array<string | undefined>
  /** `text` lower-cased in `lang` when that keeps every offset, else `undefined`. */
  lowerText: string | undefined
  /** Month names and number words of `lang`. */
  tables: WordTables
}

/** A cursor over the tokens of `text`. */
export function createCursor(text: string, lang: string, tokens: ScanToken[]): Cursor {
  const lowerText = lowerCase(text, lang)
  return {text, lang, tokens, lower: [], lowerText: lowerText.length === text.length ? lowerText : undefined, tables: wordTables(lang)}
}

/** Lower case in `lang`: `toLowerCase` gives the same result outside the dotted-ı languages. */
function lowerCase(text: string, lang: string): string {
  return isDottedLanguage(lang) ? foldCase(text, lang) : text.toLowerCase()
}

/** An anchor found at a token, and the index of the first token after it. */
export interface Found {
  anchor: Anchor
  next: number
}

const dashes = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014'])

/** Builds the anchor that spans tokens `from` … `to - 1`. */
export function found(cursor: Cursor, kind: AnchorKind, value: string, from: number, to: number): Found {
  const start = cursor.tokens[from]?.start ?? 0
  const end = cursor.tokens[to - 1]?.end ?? start
  return {anchor: {kind, text: cursor.text.slice(start, end), value, start, end}, next: to}
}

/** The lower-cased stem of the word at `index`, or `''`. */
export function wordAt(cursor: Cursor, index: number): string {
  const cached = cursor.lower[index]
  if (cached !== undefined) return cached
  const token = cursor.tokens[index]
  const word =
    token?.kind !== 'word' ? '' : cursor.lowerText === undefined ? lowerCase(token.stem, cursor.lang) : cursor.lowerText.slice(token.start, token.start + token.stem.length)
  cursor.lower[index] = word
  return word
}

/** Whether the token at `index` is a dash (`-`, `–`, …). */
export function dashAt(cursor: Cursor, index: number): boolean {
  const token = cursor.tokens[index]
  return token?.kind === 'mark' && dashes.has(token.text)
}

/** Whether the token at `index` is the mark `mark`. */
export function markAt(cursor: Cursor, index: number, mark: string): boolean {
  const token = cursor.tokens[index]
  return token?.kind === 'mark' && token.text === mark
}

/** The canonical value of the number token at `index`, read in the cursor's language (`readNumber`), or `undefined`. */
export function numberAt(cursor: Cursor, index: number): string | undefined {
  const token = cursor.tokens[index]
  return token?.kind === 'number' ? readNumber(token.stem, cursor.lang) : undefined
}

/** The digits of a plain integer token (no separators) at `index`, or `''`. */
export function integerAt(cursor: Cursor, index: number): string {
  const token = cursor.tokens[index]
  return token?.kind === 'number' && /^\d+$/.test(token.stem) ? token.stem : ''
}

/** A day of month 1-31 written with one or two digits, or 0. */
export function dayAt(cursor: Cursor, index: number): number {
  const digits = integerAt(cursor, index)
  const day = digits.length <= 2 ? Number(digits) : 0
  return day >= 1 && day <= 31 ? day : 0
}

/** A four-digit year 1000-2999, or `''`. */
export function yearAt(cursor: Cursor, index: number): string {
  const digits = integerAt(cursor, index)
  return /^[12]\d{3}$/.test(digits) ? digits : ''
}

/** Month 1-12 named by the word at `index`, also with a case ending (`inflectedCalendarWord`: `Eylülünde`, `сентябре`), or 0. */
export function monthAt(cursor: Cursor, index: number): number {
  const word = wordAt(cursor, index)
  return word === '' ? 0 : (cursor.tables.months.get(word) ?? inflectedCalendarWord(word, cursor.lang, cursor.tables.months))
}

/** Two-digit form of a month or day. */
export function pad(value: number): string {
  return String(value).padStart(2, '0')
}
