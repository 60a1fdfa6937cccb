import {primaryLang} from '../text/primary-lang.js'
import {cardinalWords, monthNames, ordinalWords} from './calendar.js'

/** Look-up tables of one language's month names and number words. */
export interface WordTables {
  /** Month name → 1-12. */
  months: Map<string, number>
  /** Cardinal word (`iki`, `on iki`) → value. */
  cardinal: Map<string, string>
  /** Ordinal word (`üçüncü`, `third`, `ilk`) → value. */
  ordinal: Map<string, string>
  /** First words of two-word numbers (`on` of `on iki`). */
  pairStarts: Set<string>
  /** First letters of all number words, to skip other words fast. */
  initials: Set<string>
}

const cache = new Map<string, WordTables>()

/**
 * The tables of `lang` (English month names for languages without a table), built on first use
 * and kept: extracting anchors asks for them once per text.
 */
export function wordTables(lang: string): WordTables {
  const primary = primaryLang(lang)
  let tables = cache.get(primary)
  if (tables) return tables
  const cardinals = cardinalWords[primary] ?? []
  const ordinals = ordinalWords[primary] ?? []
  tables = {
    months: new Map((monthNames[primary] ?? monthNames.en ?? []).map((name, index) => [name, index + 1])),
    cardinal: new Map(cardinals.map((word, index) => [word, String(index + 2)])),
    ordinal: new Map(ordinals.map((word, index) => [word, String(index + 1)])),
    pairStarts: new Set(cardinals.filter((word) => word.includes(' ')).map((word) => word.split(' ')[0] ?? '')),
    initials: new Set()
  }
  if (primary === 'tr') tables.ordinal.set('ilk', '1')
  for (const word of [...tables.cardinal.keys(), ...tables.ordinal.keys()]) tables.initials.add(word.charAt(0))
  cache.set(primary, tables)
  return tables
}
