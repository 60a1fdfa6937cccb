import {multiplierWords} from './calendar.js'
import {readNumber, scaleNumber, usesDecimalComma} from './read-number.js'
import {localeConventions} from '../text/locale-conventions.js'
import {isInflected} from './inflected.js'
import type {ScanToken} from './scan-tokens.js'
import type {Cursor, Found} from './token-cursor.js'
import {unspacedAt} from './token-class.js'
import {dashAt, found, markAt, wordAt} from './token-cursor.js'
import {possessive} from './word-tables.js'

const englishOrdinalSuffix = /^(?:st|nd|rd|th)$/
const turkishOrdinalSuffix = /^[ıiuü]?nc[ıiuü]/
/** `No. 4857` reads as `4857`, like `4857 sayılı`. */
const numberSign = new Set(['no', 'nr', 'num'])

/**
 * A number-like anchor at token `index`: `%25`, `25%`, `25％`, `yüzde 25`, `25 percent`, `25 Prozent` → percent `25%`;
 * `2015-2018` → range `2015..2018`; `3rd`, `3.` (tr, before a word; `No. 4857` → `4857`), `3'üncü`, `üçüncü` → ordinal `3`;
 * `1.000,5` (tr) / `1,000.5` (en) → number `1000.5`; `1,5 milyon` → `1500000`; `three` / `üç` → `3`;
 * `bin` / `a thousand` → `1000`.
 */
export function matchNumber(cursor: Cursor, index: number): Found | undefined {
  const sign = percentSign(cursor, index) ? index + 1 : wordsEnd(cursor, index, cursor.tables.percent.before)
  if (sign !== undefined) {
    const value = numberValue(cursor, sign)
    return value === undefined ? undefined : found(cursor, 'percent', `${value}%`, index, sign + 1)
  }
  if (numberSign.has(wordAt(cursor, index)) && markAt(cursor, index + 1, '.') && numberValue(cursor, index + 2) !== undefined) {
    return found(cursor, 'number', numberValue(cursor, index + 2) ?? '', index, index + 3)
  }
  // `6月` alone is June, which is no anchor alone (`June`), not the number 6.
  if (cursor.tokens[index + 1]?.kind === 'word' && cursor.tokens[index + 1]?.text.startsWith('月') && /^\d{1,2}$/.test(cursor.tokens[index]?.stem ?? '')) return undefined
  const last = spaceGroupsEnd(cursor, index)
  if (last > index) return spaceGrouped(cursor, index, last)
  const value = numberValue(cursor, index)
  if (value === undefined) return matchNumberWord(cursor, index)
  return withUnit(cursor, percentAfter(cursor, index, value) ?? rangeAfter(cursor, index, value) ?? ordinalAt(cursor, index, value) ?? scaled(cursor, index, value))
}

/** A number followed by a unit of measure of the language (`550 pounds`, `250 kg`, `27 °C`, `620公里`): the unit joins the anchor, its words are read. */
function withUnit(cursor: Cursor, match: Found): Found {
  if (match.anchor.kind !== 'number') return match
  const first = cursor.tokens[match.next]
  const key = first?.kind === 'mark' ? first.text.replace('º', '°') : wordAt(cursor, match.next)
  for (const [tokens, unit] of cursor.tables.units.get(key) ?? prefixUnits(cursor, match.next)) {
    const written = tokens.every((token, offset) => {
      const at = cursor.tokens[match.next + offset]
      const text = at?.kind === 'mark' ? at.text.replace('º', '°') : wordAt(cursor, match.next + offset)
      return text === token || (tokens.length === 1 && at !== undefined && unspacedAt(cursor.text, at.start) && text.startsWith(token))
    })
    if (written) return {anchor: {...match.anchor, unit}, next: match.next + tokens.length}
  }
  return match
}

/** The one-token units that start the word of a script without spaces at `index` (`公里的`). */
function prefixUnits(cursor: Cursor, index: number): Array<[string[], string]> {
  const token = cursor.tokens[index]
  if (token?.kind !== 'word' || !unspacedAt(cursor.text, token.start)) return []
  const word = wordAt(cursor, index)
  return [...cursor.tables.units.values()].flat().filter(([tokens]) => tokens.length === 1 && word.startsWith(tokens[0] ?? '')).sort((a, b) => (b[0][0] ?? '').length - (a[0][0] ?? '').length)
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
    if (next?.kind !== 'number' || next.start !== previous.end + 1 || previous.stem !== previous.text || !followingGroup.test(next.stem)) return last
    last++
    if (next.stem.length > 3) return last
  }
}

/** A space-grouped number, read as one, then multiplied or made a percentage by the words after it. */
function spaceGrouped(cursor: Cursor, index: number, last: number): Found | undefined {
  const digits = cursor.tokens.slice(index, last + 1).map((token) => token.stem).join('')
  const value = readNumber(digits, cursor.lang)
  if (value === undefined) return undefined
  const match = percentAfter(cursor, last, value) ?? scaled(cursor, last, value)
  const start = cursor.tokens[index]?.start ?? match.anchor.start
  return {anchor: {...match.anchor, start, text: cursor.text.slice(start, match.anchor.end)}, next: match.next}
}

function numberValue(cursor: Cursor, index: number): string | undefined {
  const token = cursor.tokens[index]
  return token?.kind === 'number' ? readNumber(token.stem, cursor.lang) : undefined
}

function percentAfter(cursor: Cursor, index: number, value: string): Found | undefined {
  if (percentSign(cursor, index + 1)) return found(cursor, 'percent', `${value}%`, index, index + 2)
  const end = wordsEnd(cursor, index + 1, cursor.tables.percent.after)
  return end === undefined ? undefined : found(cursor, 'percent', `${value}%`, index, end)
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
  const end = numberValue(cursor, index + 2)
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

function scaled(cursor: Cursor, index: number, value: string): Found {
  const unspaced = unspacedScaled(cursor, index, value)
  if (unspaced) return unspaced
  let next = index + 1
  let zeros = 0
  // Multiplier words may follow each other: `mil millones` (es) is a thousand millions.
  for (let power = multiplierAt(cursor, next); power !== undefined; power = multiplierAt(cursor, next)) (zeros += power), next++
  if (zeros === 0) {
    const power = currencyMultiplier(cursor, index)
    if (power !== undefined) (zeros = power), (next = index + 2)
  }
  return found(cursor, 'number', zeros > 0 ? scaleNumber(value, zeros) : value, index, zeros > 0 ? next : index + 1)
}

/** The power of ten of the scale word at `index`, written as the table has it or with a case ending (`milyonluk`). */
function multiplierAt(cursor: Cursor, index: number): number | undefined {
  const word = wordAt(cursor, index)
  const power = cursor.tables.multipliers.get(word)
  if (power !== undefined || word === '') return power
  for (const [stem, stemPower] of cursor.tables.multipliers) if (isInflected(word, stem, cursor.lang)) return stemPower
  return undefined
}

/** `m` and `k` glued to an amount of money: millions and thousands (alone they are also metres and kilo-). */
const moneyMultipliers: ReadonlyMap<string, number> = new Map([
  ['m', 6],
  ['k', 3]
])

/** `£125m`, `$5k`: the power of ten of a glued `m` or `k` after a number that a currency sign precedes. */
function currencyMultiplier(cursor: Cursor, index: number): number | undefined {
  const sign = cursor.tokens[index - 1]
  const glued = cursor.tokens[index + 1]
  const money = sign?.kind === 'mark' && !cursor.tokens[index]?.spaced && /^\p{Sc}$/u.test(sign.text)
  return money && glued?.kind === 'word' && !glued.spaced ? moneyMultipliers.get(glued.text.toLowerCase()) : undefined
}

/**
 * A multiplier at the start of the word of a script written without spaces that follows the
 * number: `1100万英镑` is 11000000 (the longest multiplier: `万亿` before `万`); the anchor ends after
 * it. A smaller part may follow a multiplier that is a whole word: `1億2,500万` is 125000000.
 */
function unspacedScaled(cursor: Cursor, index: number, value: string): Found | undefined {
  const token = cursor.tokens[index]
  const part = unspacedMultiplier(cursor, index + 1)
  if (token === undefined || part === undefined) return undefined
  let total = Number(scaleNumber(value, part.zeros))
  let end = part.end
  let next = index + 2
  for (let zeros = part.zeros; part.whole; ) {
    const digits = numberValue(cursor, next)
    const smaller = digits === undefined ? undefined : unspacedMultiplier(cursor, next + 1)
    if (digits === undefined || smaller === undefined || smaller.zeros >= zeros) break
    ;(total += Number(scaleNumber(digits, smaller.zeros))), (zeros = smaller.zeros), (end = smaller.end), (next += 2)
    if (!smaller.whole) break
  }
  const text = cursor.text.slice(token.start, end)
  return {anchor: {kind: 'number', text, value: Number.isSafeInteger(total) ? String(total) : scaleNumber(value, part.zeros), start: token.start, end}, next}
}

/** The longest multiplier that starts the word of a script without spaces at `index`: its power, where it ends, whether it is the whole word. */
function unspacedMultiplier(cursor: Cursor, index: number): {zeros: number; end: number; whole: boolean} | undefined {
  const token = cursor.tokens[index]
  if (token?.kind !== 'word' || !unspacedAt(cursor.text, token.start)) return undefined
  const word = wordAt(cursor, index)
  let longest = ''
  for (const multiplier of cursor.tables.multipliers.keys()) if (multiplier.length > longest.length && word.startsWith(multiplier)) longest = multiplier
  const zeros = cursor.tables.multipliers.get(longest)
  return zeros === undefined ? undefined : {zeros, end: token.start + longest.length, whole: longest === word}
}

/** `two` … `twelve`, `iki` … `on iki`, `first` … `twelfth`, `birinci`, `ilk`, `ikincisi`; `bin`, `thousand`, `milyon` alone. */
function matchNumberWord(cursor: Cursor, index: number): Found | undefined {
  const word = wordAt(cursor, index)
  const words = cursor.tables
  if (!words.numberWords.has(word)) return undefined
  const zeros = multiplierWords.get(word)
  if (zeros !== undefined) return found(cursor, 'number', `1${'0'.repeat(zeros)}`, index, index + 1)
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
