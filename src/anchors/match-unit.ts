import {isInflected, writesCaseEndings} from './inflected.js'
import {unspacedAt} from './token-class.js'
import type {Cursor, Found} from './token-cursor.js'
import {wordAt} from './token-cursor.js'

/**
 * A number or a range followed by a unit of measure of the language (`550 pounds`, `250 kg`,
 * `27 °C`, `620公里`, `5–10 cm`): the unit joins the anchor, its words are read.
 */
export function withUnit(cursor: Cursor, match: Found): Found {
  if (match.anchor.kind !== 'number' && match.anchor.kind !== 'range') return match
  for (const [tokens, unit] of cursor.tables.units.get(tokenText(cursor, match.next)) ?? otherUnits(cursor, match.next)) {
    const written = tokens.every((token, offset) => {
      const at = cursor.tokens[match.next + offset]
      const text = tokenText(cursor, match.next + offset)
      return text === token || (tokens.length === 1 && at !== undefined && unspacedAt(cursor.text, at.start) && text.startsWith(token))
    })
    if (written) return {anchor: {...match.anchor, unit}, next: match.next + tokens.length}
  }
  return match
}

/** A mark as written (`°`, `/`), a word lower-cased (`km`): how `intlUnitWords` lists a unit's tokens. */
function tokenText(cursor: Cursor, index: number): string {
  const token = cursor.tokens[index]
  return token?.kind === 'mark' ? token.text : wordAt(cursor, index)
}

/**
 * The one-token units that start the word of a script without spaces at `index` (`公里的`), longest
 * first, or that the word is with a case ending (`kilometrin`, `kilometrelik`; in other languages
 * one or two letters after a unit word of four or more: German `Zentimetern`, Russian `метрах`),
 * as the whole word.
 */
function otherUnits(cursor: Cursor, index: number): Array<[string[], string]> {
  const token = cursor.tokens[index]
  if (token?.kind !== 'word') return []
  const word = wordAt(cursor, index)
  if (unspacedAt(cursor.text, token.start)) return oneTokenUnits(cursor.tables.units).filter(([tokens]) => word.startsWith(tokens[0] ?? ''))
  const harmonic = writesCaseEndings(cursor.lang)
  const inflects = (unit: string) => (harmonic ? isInflected(word, unit, cursor.lang) : withShortEnding(word, unit))
  const inflected = oneTokenUnits(cursor.tables.units).find(([tokens]) => inflects(tokens[0] ?? ''))
  if (harmonic || !inflected) return inflected ? [[[word], inflected[1]]] : []
  // The unit word may start a longer unit (`Kilometern pro Stunde`): those first, as the table lists them.
  return (cursor.tables.units.get(inflected[0][0] ?? '') ?? []).map(([tokens, unit]): [string[], string] => [[word, ...tokens.slice(1)], unit])
}

/** The shortest unit word a short ending may follow (`метр`: `метрах`; not `fit`, `mil`). */
const shortestInflectedUnit = 4
const shortEnding = /^\p{L}{1,2}$/u

/** Whether `word` is `unit` (of four or more letters) with an ending of one or two letters. */
function withShortEnding(word: string, unit: string): boolean {
  return unit.length >= shortestInflectedUnit && word.length > unit.length && word.startsWith(unit) && shortEnding.test(word.slice(unit.length))
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
