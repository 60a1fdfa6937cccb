import {isInflected, replacesLastVowel, writesCaseEndings} from './inflected.js'
import {foldDiacritics} from '../text/fold-diacritics.js'
import {unspacedAt} from './token-class.js'
import type {Cursor, Found} from './token-cursor.js'
import {wordAt} from './token-cursor.js'
import {wordTables} from './word-tables.js'

/**
 * A number or a range followed by a unit of measure of the language (`550 pounds`, `250 kg`,
 * `27 °C`, `620公里`, `5–10 cm`), joined to one by a hyphen (`a 20-degree difference`, `the
 * 550-pound hog`) or by the word `Intl` writes before a scale word (Romanian `10 de grade`): the
 * unit joins the anchor, its words are read.
 */
export function withUnit(cursor: Cursor, match: Found): Found {
  if (match.anchor.kind !== 'number' && match.anchor.kind !== 'range') return match
  const joined = gluedHyphenAt(cursor, match.next) || cursor.tables.multiplierJoins.has(wordAt(cursor, match.next))
  const measured = unitAt(cursor, match, match.next) ?? (joined ? unitAt(cursor, match, match.next + 1) : undefined)
  return measured ? withInches(cursor, measured) : match
}

/** Whether the token at `index` is a hyphen glued to the tokens on both sides (`20-degree`). */
function gluedHyphenAt(cursor: Cursor, index: number): boolean {
  const token = cursor.tokens[index]
  return token?.kind === 'mark' && token.text === '-' && !token.spaced && cursor.tokens[index + 1]?.spaced === false
}

/** Inches after feet, at most this many. */
const maxInches = 11

/**
 * Feet and the inches after them as one length in inches: `6-foot-6`, `5 feet 10 inches` (78 and 70
 * inches), which a translation gives in metres (`1,98 m`). The inches must be joined by a hyphen or
 * carry their unit: `6 feet 2 people` are feet.
 */
function withInches(cursor: Cursor, feet: Found): Found {
  if (feet.anchor.unit !== 'foot' || feet.anchor.kind !== 'number') return feet
  const hyphen = gluedHyphenAt(cursor, feet.next)
  const at = hyphen ? feet.next + 1 : feet.next
  const inches = cursor.tokens[at]?.kind === 'number' && /^\d{1,2}$/.test(cursor.tokens[at]?.stem ?? '') ? Number(cursor.tokens[at]?.stem) : maxInches + 1
  if (inches > maxInches) return feet
  const unit = unitAt(cursor, feet, at + 1)
  if (unit?.anchor.unit !== 'inch' && !hyphen) return feet
  const next = unit?.anchor.unit === 'inch' ? unit.next : at + 1
  const end = cursor.tokens[next - 1]?.end ?? feet.anchor.end
  const value = String(Number(feet.anchor.value) * 12 + inches)
  return {anchor: {...feet.anchor, value, unit: 'inch', text: cursor.text.slice(feet.anchor.start, end), end}, next}
}

/** `match` with the unit whose words start at token `index`, or `undefined`. */
function unitAt(cursor: Cursor, match: Found, index: number): Found | undefined {
  for (const [tokens, unit] of cursor.tables.units.get(tokenText(cursor, index)) ?? otherUnits(cursor, index)) {
    const written = tokens.every((token, offset) => {
      const at = cursor.tokens[index + offset]
      const text = tokenText(cursor, index + offset)
      // A one-letter unit (`m`, `м`) only apart from its number (`100m` may be millions) and from what follows (`m²`).
      if (text === token) return token.length > 1 || tokens.length > 1 || (at?.spaced === true && standsAlone(cursor, index + offset + 1))
      return tokens.length === 1 && at !== undefined && unspacedAt(cursor.text, at.start) && text.startsWith(token)
    })
    if (written) return {anchor: {...match.anchor, unit}, next: index + tokens.length}
  }
  return undefined
}

/** Whether the token at `index` is not glued to the one before it, or is punctuation (`2 m,`, not `2 m²`). */
function standsAlone(cursor: Cursor, index: number): boolean {
  const token = cursor.tokens[index]
  return token === undefined || token.spaced || /^\p{P}$/u.test(token.text)
}

/** A mark as written (`°`, `/`), a word lower-cased (`km`): how `intlUnitWords` lists a unit's tokens. */
function tokenText(cursor: Cursor, index: number): string {
  const token = cursor.tokens[index]
  return token?.kind === 'mark' ? token.text : wordAt(cursor, index)
}

/**
 * The one-token units that start the word of a script without spaces at `index` (`公里的`), longest
 * first, or that the word is with a case ending (`kilometrin`, `kilometrelik`; in other languages
 * a unit word of four or more letters with one or two more, German `Zentimetern`, Russian `метрах`,
 * or a longer Greek or Cyrillic one whose last vowel the ending replaces, `μέτρα`: `μέτρων`), as the
 * whole word.
 */
function otherUnits(cursor: Cursor, index: number): Array<[string[], string]> {
  const token = cursor.tokens[index]
  if (token?.kind !== 'word') return []
  const word = wordAt(cursor, index)
  if (unspacedAt(cursor.text, token.start)) return oneTokenUnits(cursor.tables.units).filter(([tokens]) => word.startsWith(tokens[0] ?? ''))
  if (writesCaseEndings(cursor.lang)) {
    // Four letters will do for a unit word (`250-kiloisen`), where a scale word needs five (Turkish `bin`, `bina`).
    const inflected = oneTokenUnits(cursor.tables.units).find(([tokens]) => isInflected(word, tokens[0] ?? '', cursor.lang, shortestInflectedUnit))
    return inflected ? [[[word], inflected[1]]] : []
  }
  const folded = foldDiacritics(word)
  const inflected = foldedUnits(cursor.tables.units).find((form) => form.folded !== folded && withEnding(folded, form.folded, shortEnding))
  // The unit word may start a longer unit (`Kilometern pro Stunde`): those first, as the table lists them.
  return (inflected ? (cursor.tables.units.get(inflected.token) ?? []) : []).map(([tokens, unit]): [string[], string] => [[word, ...tokens.slice(1)], unit])
}

/** The shortest unit word an ending may follow (`метр`: `метрах`; not `fit`, `mil`), or that names a unit with no number (`in`, `ft`, `km` are other words or symbols). */
const shortestInflectedUnit = 4
/** The longest case ending after a whole unit word, outside the languages `isInflected` knows. */
const shortEnding = 2
const letters = /^\p{L}*$/u

/** Whether `word` is the unit word `form` (`foldedUnits`: four letters or more) with an ending of at most `longest` letters, or with its last Greek or Cyrillic vowel replaced (`replacesLastVowel`: `κιλών` of `κιλά`). */
function withEnding(word: string, form: string, longest: number): boolean {
  const ending = word.slice(form.length)
  return (word.startsWith(form) && ending.length <= longest && letters.test(ending)) || replacesLastVowel(word, form)
}

/** A one-token unit word of a table, as listed and folded. */
interface UnitForm {
  token: string
  folded: string
  unit: string
}

/** Each table's one-token unit words of letters alone and four or more of them, folded like `foldName`, longest first. */
const folded = new WeakMap<Map<string, Array<[string[], string]>>, UnitForm[]>()

function foldedUnits(units: Map<string, Array<[string[], string]>>): UnitForm[] {
  let list = folded.get(units)
  if (list === undefined) {
    list = oneTokenUnits(units).flatMap(([tokens, unit]) => {
      const token = tokens[0] ?? ''
      const form = foldDiacritics(token)
      return [...form].length >= shortestInflectedUnit && letters.test(form) ? [{token, folded: form, unit}] : []
    })
    folded.set(units, list)
  }
  return list
}

/** The one-token units of a table, longest first, listed once per table. */
const oneToken = new WeakMap<Map<string, Array<[string[], string]>>, Array<[string[], string]>>()

function oneTokenUnits(units: Map<string, Array<[string[], string]>>): Array<[string[], string]> {
  let list = oneToken.get(units)
  if (list === undefined) {
    list = [...units.values()].flat().filter(([tokens]) => tokens.length === 1).sort((a, b) => (b[0][0] ?? '').length - (a[0][0] ?? '').length)
    oneToken.set(units, list)
  }
  return list
}

/**
 * The unit a word names by itself, with no number before it (`mile`, `Meter`, `метрах`, `μέτρων`),
 * or `undefined`: a unit word of four letters or more of `lang`, whole or with a case ending (one or
 * two letters, up to five in the languages `isInflected` knows, or one that replaces a longer
 * word's last vowel). `word` is folded as `foldName` folds (lower case, no diacritics).
 *
 * @example
 *   unitNamed('mile', 'en') // => 'mile'
 *   unitNamed('in', 'en') // => undefined
 */
export function unitNamed(word: string, lang: string): string | undefined {
  const longest = writesCaseEndings(lang) ? 5 : shortEnding
  return foldedUnits(wordTables(lang).units).find((form) => withEnding(word, form.folded, longest))?.unit
}
