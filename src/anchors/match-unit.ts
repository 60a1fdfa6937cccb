import {isInflected, writesCaseEndings} from './inflected.js'
import {unspacedAt} from './token-class.js'
import type {Cursor, Found} from './token-cursor.js'
import {wordAt} from './token-cursor.js'

/** A number followed by a unit of measure of the language (`550 pounds`, `250 kg`, `27 °C`, `620公里`): the unit joins the anchor, its words are read. */
export function withUnit(cursor: Cursor, match: Found): Found {
  if (match.anchor.kind !== 'number') return match
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
 * first, or that the word is with a case ending (`kilometrin`, `kilometrelik`), as the whole word.
 */
function otherUnits(cursor: Cursor, index: number): Array<[string[], string]> {
  const token = cursor.tokens[index]
  if (token?.kind !== 'word') return []
  const word = wordAt(cursor, index)
  if (unspacedAt(cursor.text, token.start)) return oneTokenUnits(cursor.tables.units).filter(([tokens]) => word.startsWith(tokens[0] ?? ''))
  if (!writesCaseEndings(cursor.lang)) return []
  const inflected = oneTokenUnits(cursor.tables.units).find(([tokens]) => isInflected(word, tokens[0] ?? '', cursor.lang))
  return inflected ? [[[word], inflected[1]]] : []
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
