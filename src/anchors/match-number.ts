import {localeConventions} from '../text/locale-conventions.js'
import {multiplierWords} from './calendar.js'
import {isInflected} from './inflected.js'
import {scaledNumber} from './match-scale.js'
import {withUnit} from './match-unit.js'
import {readNumber, usesDecimalComma} from './read-number.js'
import type {ScanToken} from './scan-tokens.js'
import {unspacedAt} from './token-class.js'
import type {Cursor, Found} from './token-cursor.js'
import {dashAt, found, markAt, numberAt, wordAt} from './token-cursor.js'
import {possessive} from './word-tables.js'

const englishOrdinalSuffix = /^(?:st|nd|rd|th)$/
const turkishOrdinalSuffix = /^[ıiuü]?nc[ıiuü]/
/** `No. 4857` reads as `4857`, like `4857 sayılı`. */
const numberSign = new Set(['no', 'nr', 'num'])

/**
 * A number-like anchor at token `index`: `%25`, `25%`, `25％`, `yüzde 25`, `25 percent`, `25 Prozent` → percent `25%`;
 * `2015-2018` → range `2015..2018`; `3rd`, `3.` (tr, before a word; `No. 4857` → `4857`), `3'üncü`, `üçüncü` → ordinal `3`;
 * `yüzde yüz` → percent `100%`; `1.000,5` (tr) / `1,000.5` (en) → number `1000.5`; `1,5 milyon` → `1500000`; `three` / `üç` → `3`;
 * `bin` / `a thousand` → `1000`.
 */
export function matchNumber(cursor: Cursor, index: number): Found | undefined {
  const sign = percentSign(cursor, index) ? index + 1 : wordsEnd(cursor, index, cursor.tables.percent.before)
  if (sign !== undefined) {
    const value = numberAt(cursor, sign)
    if (value !== undefined) return found(cursor, 'percent', `${value}%`, index, sign + 1)
    // `yüzde elli`, `yüzde yüz`: the amount in words (`yüz` is also a face, so a hundred only here).
    if (wordAt(cursor, sign) === 'yüz') return found(cursor, 'percent', '100%', index, sign + 1)
    const word = matchNumberWord(cursor, sign)
    return word?.anchor.kind === 'number' ? found(cursor, 'percent', `${word.anchor.value}%`, index, word.next) : undefined
  }
  if (numberSign.has(wordAt(cursor, index)) && markAt(cursor, index + 1, '.') && numberAt(cursor, index + 2) !== undefined) {
    return found(cursor, 'number', numberAt(cursor, index + 2) ?? '', index, index + 3)
  }
  // `6月` alone is June, which is no anchor alone (`June`), not the number 6.
  if (cursor.tokens[index + 1]?.kind === 'word' && cursor.tokens[index + 1]?.text.startsWith('月') && /^\d{1,2}$/.test(cursor.tokens[index]?.stem ?? '')) return undefined
  const last = spaceGroupsEnd(cursor, index)
  if (last > index) {
    const grouped = spaceGrouped(cursor, index, last)
    return grouped && withUnit(cursor, grouped)
  }
  const value = numberAt(cursor, index)
  if (value === undefined) return matchNumberWord(cursor, index)
  return (
    measureRangeAfter(cursor, index, value) ??
    withUnit(cursor, percentAfter(cursor, index, value) ?? rangeAfter(cursor, index, value) ?? ordinalAt(cursor, index, value) ?? scaledNumber(cursor, index, value))
  )
}

/** The longest word (in code points) that joins the two ends of a range of a measure (`to`, `bis`, `à`, `до`, `から`). */
const longestRangeWord = 5

/**
 * Two amounts joined by one short word, the second with a unit of measure, are a range of that
 * unit (`2 to 4 inches`, `5 bis 10 Zentimeter`, `de 2 à 4 pouces`, `1から２インチ`), as `5–10 cm` is:
 * the first amount is in the unit too, so both ends compare with a conversion (`2..4` inches =
 * `5..10` cm). Without a unit the two stay numbers (`3 of 4`), and two amounts each with its own
 * unit are no range (`6 fit 6 inç`, 6 feet 6 inches: one length, `withUnit`). A scaled second
 * amount (`2 to 3 million`) is left to the other readers.
 */
function measureRangeAfter(cursor: Cursor, index: number, value: string): Found | undefined {
  const word = cursor.tokens[index + 1]
  if (word?.kind !== 'word' || word.text.length > 2 * longestRangeWord || [...word.text].length > longestRangeWord) return undefined
  // `6 fit 6 inç` (6 feet 6 inches): the word is the first amount's own unit.
  if (withUnit(cursor, found(cursor, 'number', value, index, index + 1)).anchor.unit !== undefined) return undefined
  const end = cursor.tokens[index + 2]?.kind === 'number' ? numberAt(cursor, index + 2) : undefined
  if (end === undefined) return undefined
  const second = withUnit(cursor, scaledNumber(cursor, index + 2, end))
  if (second.anchor.unit === undefined || second.anchor.value !== end || second.next === index + 3) return undefined
  return {anchor: {...found(cursor, 'range', `${value}..${end}`, index, index + 3).anchor, unit: second.anchor.unit}, next: second.next}
}

/** Digits before a group of three that a space separates from them, and that group (`1`, `250,5`). */
const leadingGroup = /^\d{1,3}$/
const followingGroup = /^\d{3}(?:[.,]\d+)?$/
const spaceSeparators = new Set([' ', '\u00A0', '\u202F'])

/**
 * The last token of a number whose thousands are grouped by spaces, in a language that groups them
 * so (`380 000`, `1 250,5` in French, Russian, Finnish, Polish …; the reader has made any no-break
 * space a plain one), or `index` itself.
 */
function spaceGroupsEnd(cursor: Cursor, index: number): number {
  const first = cursor.tokens[index]
  if (first?.kind !== 'number' || !leadingGroup.test(first.stem) || !spaceSeparators.has(localeConventions(cursor.lang).group)) return index
  let last = index
  for (;;) {
    const previous = cursor.tokens[last] as ScanToken
    const next = cursor.tokens[last + 1]
    if (next?.kind !== 'number' || next.start !== previous.end + 1 || hasSuffix(previous) || !followingGroup.test(next.stem)) return last
    last++
    if (next.stem.length > 3) return last
  }
}

/** Whether an apostrophe suffix is joined to the token (`380'i`): `joinSuffixes` leaves the stem without it. */
function hasSuffix(token: ScanToken): boolean {
  return token.text.length > token.stem.length
}

/** A space-grouped number, read as one, then multiplied or made a percentage by the words after it. */
function spaceGrouped(cursor: Cursor, index: number, last: number): Found | undefined {
  const digits = cursor.tokens.slice(index, last + 1).map((token) => token.stem).join('')
  const value = readNumber(digits, cursor.lang)
  if (value === undefined) return undefined
  const match = percentAfter(cursor, last, value) ?? scaledNumber(cursor, last, value)
  const start = cursor.tokens[index]?.start ?? match.anchor.start
  return {anchor: {...match.anchor, start, text: cursor.text.slice(start, match.anchor.end)}, next: match.next}
}


function percentAfter(cursor: Cursor, index: number, value: string): Found | undefined {
  if (percentSign(cursor, index + 1)) return found(cursor, 'percent', `${value}%`, index, index + 2)
  const end = wordsEnd(cursor, index + 1, cursor.tables.percent.after) ?? gluedWordEnd(cursor, index + 1, cursor.tables.percent.after)
  return end === undefined ? undefined : found(cursor, 'percent', `${value}%`, index, end)
}

/**
 * The token after a word of a script without spaces that starts with one of the one-word `forms`
 * (`パーセント以上が`: the run goes on past the word), as `withUnit` reads `公里的`.
 */
function gluedWordEnd(cursor: Cursor, index: number, forms: readonly string[][]): number | undefined {
  const token = cursor.tokens[index]
  if (token?.kind !== 'word' || !unspacedAt(cursor.text, token.start)) return undefined
  const word = wordAt(cursor, index)
  return forms.some((form) => form.length === 1 && word.startsWith(form[0] ?? '')) ? index + 1 : undefined
}

/** `%`, the full-width `％` of Chinese and Japanese, the Arabic `٪`. */
export const percentSigns: ReadonlySet<string> = new Set(['%', '\uFF05', '\u066A'])

function percentSign(cursor: Cursor, index: number): boolean {
  const token = cursor.tokens[index]
  return token?.kind === 'mark' && percentSigns.has(token.text)
}

/** The token after the first of `forms` (each a list of words, the last one maybe with a case ending) written from `index` on, if one is. */
function wordsEnd(cursor: Cursor, index: number, forms: readonly string[][]): number | undefined {
  const written = (word: string, offset: number, last: boolean) => {
    const at = wordAt(cursor, index + offset)
    return at === word || (last && isInflected(at, word, cursor.lang))
  }
  for (const form of forms) if (form.every((word, offset) => written(word, offset, offset === form.length - 1))) return index + form.length
  return undefined
}

function rangeAfter(cursor: Cursor, index: number, value: string): Found | undefined {
  if (!dashAt(cursor, index + 1)) return undefined
  const end = numberAt(cursor, index + 2)
  return end === undefined ? undefined : found(cursor, 'range', `${value}..${end}`, index, index + 3)
}

function ordinalAt(cursor: Cursor, index: number, value: string): Found | undefined {
  const token = cursor.tokens[index]
  const next = cursor.tokens[index + 1]
  const glued = next !== undefined && !next.spaced && next.kind === 'word' ? next.text : ''
  if (englishOrdinalSuffix.test(glued)) return found(cursor, 'ordinal', value, index, index + 2)
  const suffix = token ? token.text.slice(token.stem.length + 1) : ''
  if (turkishOrdinalSuffix.test(suffix)) return found(cursor, 'ordinal', value, index, index + 1)
  const dotted = usesDecimalComma(cursor.lang) && /^\d{1,3}$/.test(token?.stem ?? '') && markAt(cursor, index + 1, '.')
  const after = cursor.tokens[index + 2]
  if (dotted && next && !next.spaced && after?.kind === 'word' && after.spaced) {
    return found(cursor, 'ordinal', value, index, index + 2)
  }
  return undefined
}

/**
 * A tens word and the unit word after it, joined by a hyphen or a space (`twenty-one`, `forty two`,
 * `yirmi bir`), or the tens word alone (`twenty`).
 */
function tensAt(cursor: Cursor, index: number, tens: number): Found {
  const hyphen = cursor.tokens[index + 1]
  const joined = dashAt(cursor, index + 1) && hyphen?.spaced === false && cursor.tokens[index + 2]?.spaced === false
  const at = joined ? index + 2 : index + 1
  const unit = cursor.tokens[at]?.kind === 'word' && (joined || cursor.tokens[at]?.spaced) ? cursor.tables.unitsAfterTens.get(wordAt(cursor, at)) : undefined
  return unit === undefined ? found(cursor, 'number', String(tens), index, index + 1) : found(cursor, 'number', String(tens + unit), index, at + 1)
}

/** `two` … `nineteen`, `twenty-one` … `ninety-nine`, `iki` … `doksan dokuz`, `first` … `twelfth`, `birinci`, `ilk`, `ikincisi`; `bin`, `thousand`, `milyon` alone. */
function matchNumberWord(cursor: Cursor, index: number): Found | undefined {
  const word = wordAt(cursor, index)
  const words = cursor.tables
  if (!words.numberWords.has(word)) return undefined
  const zeros = multiplierWords.get(word)
  if (zeros !== undefined) return found(cursor, 'number', `1${'0'.repeat(zeros)}`, index, index + 1)
  const tens = words.tens.get(word)
  if (tens !== undefined) return tensAt(cursor, index, tens)
  const pair = words.pairStarts.has(word) ? words.cardinal.get(`${word} ${wordAt(cursor, index + 1)}`) : undefined
  if (pair !== undefined) return found(cursor, 'number', pair, index, index + 2)
  const cardinal = words.cardinal.get(word)
  if (cardinal !== undefined) return found(cursor, 'number', cardinal, index, index + 1)
  const ordinal = words.ordinal.get(word)
  if (ordinal !== undefined) return found(cursor, 'ordinal', ordinal, index, index + 1)
  for (const suffix of possessive) {
    const stem = word.endsWith(suffix) ? words.ordinal.get(word.slice(0, word.length - suffix.length)) : undefined
    if (stem !== undefined) return found(cursor, 'ordinal', stem, index, index + 1)
  }
  return undefined
}
