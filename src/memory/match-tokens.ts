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
/** A letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar). */
const unspaced = 5
/** A combining mark: it goes with the letter before it. */
const mark = 6
const astral = 8
const unknown = 255

const decimalDigit = /^\p{Nd}$/u
const combiningMark = /^\p{M}$/u
const wordCharacter = /^\p{L}$/u
/** Script extensions, so that `ー`, `々` and the kana iteration marks count with their scripts. */
const unspacedLetter = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u
/** Classes of the BMP code units, each found on first sight. */
let bmpTable: Uint8Array | undefined
/** Classes of the astral code points, each found on first sight. */
const astralTable = new Map<number, number>()

function classify(character: string): number {
  if (decimalDigit.test(character)) return digit
  if (combiningMark.test(character)) return mark
  if (!wordCharacter.test(character)) return other
  return unspacedLetter.test(character) ? unspaced : letter
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
 * with a letter or mark, or — in the scripts written without spaces between
 * words (Han, kana, Thai, Lao, Khmer, Myanmar), where such a run is a whole
 * clause — one letter with its combining marks: a fuzzy match there counts
 * characters, as translation tools score Chinese and Japanese (one character
 * changed in a clause of twenty costs 5 %, not the whole clause). The regular
 * expression `/\p{Nd}+(?:[.,]\p{Nd}+)*|U\p{M}*|(?:(?!U)[\p{L}\p{M}\p{Nd}])+/gu`,
 * `U` those scripts' letters (`(?=\p{L})[\p{scx=Han}…]`), written as a scanner over a
 * table of character classes because that is about three times faster (a
 * property test holds the two equal).
 *
 * @example
 *   matchTokens('İŞKUR’un 2015 planı', 'tr') // => ['işkur', 'un', '2015', 'planı']
 *   matchTokens('不太满意', 'zh') // => ['不', '太', '满', '意']
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
    if (base === digit || base === letter || base === mark || base === unspaced) {
      const start = index
      index = base === digit ? skipNumber(folded, next, table) : base === unspaced ? skipMarks(folded, next, table) : skipWord(folded, next, table)
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

/** The index after the combining marks from `index`. */
function skipMarks(text: string, index: number, table: Uint8Array): number {
  while (index < text.length) {
    const kind = classAt(text, index, table)
    if ((kind & 7) !== mark) return index
    index += kind >= astral ? 2 : 1
  }
  return index
}

/** The index after the run from `index` of digits, or with `letters` of letters (not `unspaced` ones), marks and digits. */
function skipRun(text: string, index: number, table: Uint8Array, letters: boolean): number {
  const length = text.length
  while (index < length) {
    const quick = table[text.charCodeAt(index)]
    if (quick === digit || (letters && (quick === letter || quick === mark))) {
      index++
      continue
    }
    const kind = classAt(text, index, table)
    const base = kind & 7
    if (base !== digit && !(letters && (base === letter || base === mark))) return index
    index += kind >= astral ? 2 : 1
  }
  return index
}

/**
 * Whether `text` has a letter of a script written without spaces (Han, kana, Thai …): its match
 * tokens are then single letters, where bitext before 0.2 read whole clauses (see the stores' schemas).
 */
export function hasUnspacedLetter(text: string): boolean {
  const table = bmpClasses()
  for (let index = 0; index < text.length; index++) if ((classAt(text, index, table) & 7) === unspaced) return true
  return false
}

/** Whether a match token is a number. */
export function isNumberToken(token: string): boolean {
  return token.length > 0 && (classAt(token, 0, bmpClasses()) & 7) === digit
}
