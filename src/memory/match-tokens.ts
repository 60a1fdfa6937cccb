import {foldCase} from '../text/fold-case.js'

/** Inline tag placeholders (U+E000-U+F8FF, see `types.ts`): not words, skipped by the scanner. */
const placeholders = /[\uE000-\uF8FF]/g

/** The number of inline tag placeholders in `text`. */
export function countTags(text: string): number {
  return text.match(placeholders)?.length ?? 0
}

/** Character classes of the scanner; astral code points add `astral`. */
const other = 0
const digit = 1
const letter = 2
const tag = 3
const separator = 4
const astral = 8
const unknown = 255

const decimalDigit = /^\p{Nd}$/u
const wordCharacter = /^[\p{L}\p{M}]$/u
/** Classes of the BMP code units, each found on first sight. */
let bmpTable: Uint8Array | undefined
/** Classes of the astral code points, each found on first sight. */
const astralTable = new Map<number, number>()

function classify(character: string): number {
  if (decimalDigit.test(character)) return digit
  return wordCharacter.test(character) ? letter : other
}

function bmpClasses(): Uint8Array {
  if (bmpTable) return bmpTable
  bmpTable = new Uint8Array(0x10000).fill(unknown)
  bmpTable.fill(other, 0xd800, 0xe000)
  bmpTable.fill(tag, 0xe000, 0xf900)
  bmpTable[0x2c] = separator
  bmpTable[0x2e] = separator
  return bmpTable
}

/** The class of the character at `index`, plus `astral` when it is a surrogate pair (two code units). */
function classAt(text: string, index: number, table: Uint8Array): number {
  const code = text.charCodeAt(index)
  let kind = table[code] as number
  if (kind === unknown) table[code] = kind = classify(text[index] as string)
  if (code < 0xd800 || code > 0xdbff) return kind
  const point = text.codePointAt(index) as number
  if (point < 0x10000) return other
  let found = astralTable.get(point)
  if (found === undefined) astralTable.set(point, (found = classify(String.fromCodePoint(point))))
  return found + astral
}

/**
 * The tokens fuzzy matching compares: NFC, case folded with the rules of
 * `lang` (Turkish `İ`/`I` → `i`/`ı`), words and numbers only (punctuation and
 * spaces dropped). Inline tags are not words: their placeholders are
 * skipped like punctuation (a differing tag costs `FuzzyOptions.tagPenalty`).
 *
 * A token is a number (digits, then any `.` or `,` followed by digits, so
 * `1.000,5` stays one token), a run of letters, marks and digits that starts
 * with a letter or mark: the regular expression
 * `/\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{L}\p{M}\p{Nd}]+/gu`, written
 * as a scanner over a table of character classes because that is about three
 * times faster (a property test holds the two equal).
 *
 * @example
 *   matchTokens('İŞKUR’un 2015 planı', 'tr') // => ['işkur', 'un', '2015', 'planı']
 */
export function matchTokens(text: string, lang: string): string[] {
  const folded = foldCase(text.normalize('NFC'), lang)
  const tokens: string[] = []
  scanTokens(folded, (start, end) => tokens.push(folded.slice(start, end)))
  return tokens
}

/**
 * Calls `visit` with the bounds of each match token of `folded` (text already
 * NFC and case folded), in order. For callers that need the tokens'
 * positions or hashes rather than new strings.
 */
export function scanTokens(folded: string, visit: (start: number, end: number) => void): void {
  const table = bmpClasses()
  let index = 0
  while (index < folded.length) {
    const kind = classAt(folded, index, table)
    const next = index + (kind >= astral ? 2 : 1)
    const base = kind & 7
    if (base === digit || base === letter) {
      const start = index
      index = base === digit ? skipNumber(folded, next, table) : skipWord(folded, next, table)
      visit(start, index)
      continue
    }
    index = next
  }
}

/** The index after the digits from `index` and any `.`/`,` groups of digits after them. */
function skipNumber(text: string, index: number, table: Uint8Array): number {
  let end = skipRun(text, index, table, false)
  while (end + 1 < text.length && table[text.charCodeAt(end)] === separator && (classAt(text, end + 1, table) & 7) === digit) {
    end = skipRun(text, end + 1, table, false)
  }
  return end
}

function skipWord(text: string, index: number, table: Uint8Array): number {
  return skipRun(text, index, table, true)
}

/** The index after the run from `index` of digits, or with `letters` of letters, marks and digits. */
function skipRun(text: string, index: number, table: Uint8Array, letters: boolean): number {
  const length = text.length
  while (index < length) {
    const quick = table[text.charCodeAt(index)]
    if (quick === digit || (letters && quick === letter)) {
      index++
      continue
    }
    const kind = classAt(text, index, table)
    const base = kind & 7
    if (base !== digit && !(letters && base === letter)) return index
    index += kind >= astral ? 2 : 1
  }
  return index
}

/** Whether a match token is a number. */
export function isNumberToken(token: string): boolean {
  return token.length > 0 && (classAt(token, 0, bmpClasses()) & 7) === digit
}
