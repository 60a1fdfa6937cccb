import {asciiDigits} from '../text/ascii-digits.js'
import {asciiClass, classAt, digit, letter, mark, pointSize, space, unspaced} from './token-class.js'

/**
 * A raw token of `scanTokens`: a run of digits (with `.`, `,` or no-break-space groups), a run of
 * letters (those of a script written without spaces apart from the others), or one other character.
 */
export interface ScanToken {
  kind: 'number' | 'word' | 'mark'
  /** The token as written, apostrophe suffix included. */
  text: string
  /** The token without its apostrophe suffix (`Cenevre’de` → `Cenevre`); a number's in ASCII digits (`２０１８` → `2018`). */
  stem: string
  start: number
  end: number
  /** Whether white space comes before the token. */
  spaced: boolean
}

const apostrophe = /^['\u2019]$/
const lowerWord = /^[\p{Ll}\p{M}]+$/u

/**
 * Splits `text` into raw tokens, skipping the `masked` ranges (sorted `[start, end)`),
 * and joins an apostrophe suffix to its word or number (`3.150'si`, `İŞKUR’un`).
 * Tokens are read character by character (the classes of `token-class.ts`), as the expression
 * `(\p{Nd}+(?:[.,\u00A0\u202F]\p{Nd}+)*)|([\p{L}\p{M}]+)|\S` would match them, except that a run of
 * letters splits where a script written without spaces (Han, kana, Thai …) starts or ends:
 * `它类似于Google` is two words, as `它类似于 Google` is.
 */
export function scanTokens(text: string, masked: Array<[number, number]> = []): ScanToken[] {
  const tokens: ScanToken[] = []
  let lastEnd = 0
  let mask = 0
  let at = skipSpace(text, 0)
  while (at < text.length) {
    const start = at
    while (mask < masked.length && (masked[mask]?.[1] ?? 0) <= start) mask++
    const range = masked[mask]
    if (range && range[0] <= start) {
      lastEnd = range[1]
      at = skipSpace(text, range[1])
      continue
    }
    const kind = classAt(text, start)
    const wordKind = kind === letter || kind === mark ? letter : kind === unspaced ? unspaced : undefined
    const end = kind === digit ? numberEnd(text, start) : wordKind !== undefined ? runEnd(text, start, wordKind) : start + pointSize(text, start)
    const value = text.slice(start, end)
    tokens.push({kind: kind === digit ? 'number' : wordKind !== undefined ? 'word' : 'mark', text: value, stem: kind === digit ? asciiDigits(value) : value, start, end, spaced: start > lastEnd})
    lastEnd = end
    at = skipSpace(text, end)
  }
  return joinSuffixes(text, tokens)
}

/** Where a number starting at `start` ends: digits, then groups of a separator (`.`, `,`, a no-break space, Arabic `٫` `٬`) and digits. */
function numberEnd(text: string, start: number): number {
  let end = runEnd(text, start, digit)
  for (;;) {
    const separator = text.charCodeAt(end)
    const grouped = separator === 0x2e || separator === 0x2c || separator === 0xa0 || separator === 0x202f || separator === 0x66b || separator === 0x66c
    if (!grouped || end + 1 >= text.length || classAt(text, end + 1) !== digit) return end
    end = runEnd(text, end + 1, digit)
  }
}

/** Where a run of `kind` starting at `start` ends; combining marks continue a run of letters of either kind. */
function runEnd(text: string, start: number, kind: number): number {
  let end = start
  while (end < text.length) {
    // ASCII, most of most texts, by range here; other code units through `classAt`.
    const code = text.charCodeAt(end)
    if (code < 0x80) {
      if (asciiClass(code) !== kind) return end
      end++
      continue
    }
    const found = classAt(text, end)
    if (found === kind || (found === mark && kind !== digit)) end += pointSize(text, end)
    else return end
  }
  return end
}

function skipSpace(text: string, start: number): number {
  let at = start
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code === 0x20) at++
    else if (classAt(text, at) === space) at += pointSize(text, at)
    else return at
  }
  return at
}

/** `word ’ suffix` with no spaces and a lower-case suffix becomes one token (in place). */
function joinSuffixes(text: string, tokens: ScanToken[]): ScanToken[] {
  let kept = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as ScanToken
    const mark = tokens[index + 1]
    const suffix = tokens[index + 2]
    const joins =
      token.kind !== 'mark' &&
      mark !== undefined &&
      suffix !== undefined &&
      apostrophe.test(mark.text) &&
      !mark.spaced &&
      !suffix.spaced &&
      suffix.kind === 'word' &&
      lowerWord.test(suffix.text)
    if (joins) {
      token.text = text.slice(token.start, suffix.end)
      token.end = suffix.end
      index += 2
    }
    tokens[kept++] = token
  }
  tokens.length = kept
  return tokens
}
