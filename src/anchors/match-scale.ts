import {foldDiacritics} from '../text/fold-diacritics.js'
import {isInflected, replacesLastVowel} from './inflected.js'
import {scaleNumber} from './read-number.js'
import {unspacedAt} from './token-class.js'
import type {Cursor, Found} from './token-cursor.js'
import {found, markAt, numberAt, wordAt} from './token-cursor.js'

/**
 * The number `value` at token `index`, multiplied by the scale words after it (`1,5 milyon`,
 * `2,8 Mrd.`, `mil millones`, `milyonluk`), by a glued `m` or `k` after a currency sign (`£125m`), or
 * by the myriad that starts the next Han word (`1100万英镑`); else the number alone.
 */
export function scaledNumber(cursor: Cursor, index: number, value: string): Found {
  const unspaced = unspacedScaled(cursor, index, value)
  if (unspaced) return unspaced
  let next = index + 1
  let zeros = 0
  // Multiplier words may follow each other: `mil millones` (es) is a thousand millions; a word Intl writes before one is skipped (`125 de milioane`).
  for (;;) {
    const join = cursor.tables.multiplierJoins.has(wordAt(cursor, next)) ? 1 : 0
    const power = multiplierAt(cursor, next + join)
    if (power === undefined) break
    ;(zeros += power), (next += join + 1)
  }
  if (zeros === 0) {
    const power = currencyMultiplier(cursor, index)
    if (power !== undefined) (zeros = power), (next = index + 2)
  }
  return found(cursor, 'number', zeros > 0 ? scaleNumber(value, zeros) : value, index, zeros > 0 ? next : index + 1)
}

/**
 * The power of ten of the scale word at `index`, written as the table has it, with a case ending
 * (`milyonluk`; Greek `εκατομμυρίων` of `εκατομμύρια`), or cut short before a dot to four letters or
 * more (`εκατ.`, which `Intl` does not write).
 */
function multiplierAt(cursor: Cursor, index: number): number | undefined {
  const word = wordAt(cursor, index)
  const power = cursor.tables.multipliers.get(word)
  if (power !== undefined || word === '') return power
  for (const [stem, stemPower] of cursor.tables.multipliers) if (isInflected(word, stem, cursor.lang)) return stemPower
  const folded = foldDiacritics(word)
  const cut = folded.length >= shortestCut && markAt(cursor, index + 1, '.')
  for (const [form, formPower] of foldedMultipliers(cursor.tables.multipliers)) {
    if (replacesLastVowel(folded, form) || (cut && form.length > folded.length + 1 && form.startsWith(folded))) return formPower
  }
  return undefined
}

/** The fewest letters a scale word cut short keeps (`εκατ.`; `mil.` may be a mile). */
const shortestCut = 4

const foldedTables = new WeakMap<ReadonlyMap<string, number>, Array<[string, number]>>()

/** A table's scale words folded (no diacritics), listed once per table. */
function foldedMultipliers(multipliers: ReadonlyMap<string, number>): Array<[string, number]> {
  let list = foldedTables.get(multipliers)
  if (list === undefined) {
    list = [...multipliers].map(([word, power]): [string, number] => [foldDiacritics(word), power])
    foldedTables.set(multipliers, list)
  }
  return list
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
    const digits = numberAt(cursor, next)
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
