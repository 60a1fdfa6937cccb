import {primaryLang} from '../text/primary-lang.js'
import {cardinalWords, monthNames, multiplierAbbreviations, multiplierWords, ordinalWords, tensWords, unitWordsAfterTens} from './calendar.js'
import {intlMonthNames} from './intl-months.js'
import {intlWeekdayNames} from './intl-weekdays.js'
import type {HourWords} from './intl-hours.js'
import {intlHourWords} from './intl-hours.js'
import {intlScaleWords} from './intl-multipliers.js'
import {intlUnitWords} from './intl-units.js'
import type {PercentWords} from './intl-percent.js'
import {intlPercentWords} from './intl-percent.js'

/** Look-up tables of one language's month and weekday names and number words. */
export interface WordTables {
  /** Month name → 1-12. */
  months: Map<string, number>
  /** Weekday name, lower case, as ICU writes it for the language → 1-7, Monday first (ISO 8601). */
  weekdays: Map<string, number>
  /** Whether a weekday name is one only when capitalised (ICU capitalises them: `Sunday`, `Κυριακή`). */
  weekdaysCapitalised: boolean
  /** Word that multiplies the number before it → power of ten: `multiplierWords`, `multiplierAbbreviations`, then ICU's for the language (`Milliarden`, `万`). */
  multipliers: Map<string, number>
  /** Words written between a number and its scale word (`de` of Romanian `125 de milioane`), as ICU writes them. */
  multiplierJoins: Set<string>
  /** Words of a percentage: `yüzde` before the number, `percent` and `per cent` after it, then ICU's for the language (`Prozent`, `pour cent`). */
  percent: PercentWords
  /** Words of the hour of a time of day (`15 Uhr`, `下午3时`), as ICU writes them for the language. */
  hours: HourWords
  /** Units of measure after a number, by their first token (`km` → `[['km'], 'kilometer'], [['km', '/', 'h'], 'kilometer-per-hour']`), longest first. */
  units: Map<string, Array<[string[], string]>>
  /** Cardinal word (`iki`, `on iki`) → value. */
  cardinal: Map<string, string>
  /** Ordinal word (`üçüncü`, `third`, `ilk`) → value. */
  ordinal: Map<string, string>
  /** First words of two-word numbers (`on` of `on iki`). */
  pairStarts: Set<string>
  /** Tens word (`twenty`, `yirmi`) → value. */
  tens: Map<string, number>
  /** Unit word after a tens word (`one`, `bir`) → value. */
  unitsAfterTens: Map<string, number>
  /**
   * Every word that can start a number word: multipliers, cardinals (the first word of two-word
   * ones), tens, ordinals, and ordinals with a `possessive` suffix; any other word is skipped at once.
   */
  numberWords: Set<string>
}

/** Possessive suffixes an ordinal may carry (`ikincisi`, `birincisi`, `üçüncüsü`); a Turkish ordinal always ends in one of `iıuü`. */
export const possessive = ['i', 'ı', 'u', 'ü', 'si', 'sı', 'su', 'sü']

/** Tables by tag as given (`zh-TW` multiplies by `萬`, `zh` by `万`); bounded so odd input cannot grow it without end. */
const cache = new Map<string, WordTables>()
const maxCached = 200

/**
 * The tables of `lang` (for languages without a table, the month names ICU knows and the English
 * ones; the weekday names ICU knows), built on first use and kept: extracting anchors asks for
 * them once per text.
 */
export function wordTables(lang: string): WordTables {
  let tables = cache.get(lang)
  if (tables) return tables
  const primary = primaryLang(lang)
  const cardinals = cardinalWords[primary] ?? []
  const ordinals = ordinalWords[primary] ?? []
  const intl = intlScaleWords(lang)
  const weekdays = intlWeekdayNames(lang)
  tables = {
    months: monthTable(primary),
    weekdays: new Map(weekdays.days.flatMap((names, day) => names.map((name): [string, number] => [name, day + 1]))),
    weekdaysCapitalised: weekdays.capitalised,
    multipliers: new Map([...multiplierWords, ...multiplierAbbreviations, ...intl.multipliers]),
    multiplierJoins: intl.joins,
    percent: percentTable(lang),
    hours: intlHourWords(lang),
    units: unitTable(lang),
    cardinal: new Map(cardinals.map((word, index) => [word, String(index + 2)])),
    ordinal: new Map(ordinals.map((word, index) => [word, String(index + 1)])),
    pairStarts: new Set(cardinals.filter((word) => word.includes(' ')).map((word) => word.split(' ')[0] ?? '')),
    tens: new Map((tensWords[primary] ?? []).map((word, index) => [word, 20 + index * 10])),
    unitsAfterTens: new Map((unitWordsAfterTens[primary] ?? []).map((word, index) => [word, index + 1])),
    numberWords: new Set(multiplierWords.keys())
  }
  if (primary === 'tr') tables.ordinal.set('ilk', '1')
  for (const word of [...tables.cardinal.keys(), ...tables.pairStarts, ...tables.tens.keys()]) tables.numberWords.add(word)
  for (const word of tables.ordinal.keys()) for (const suffix of ['', ...possessive]) tables.numberWords.add(word + suffix)
  if (cache.size >= maxCached) cache.clear()
  cache.set(lang, tables)
  return tables
}

/**
 * Words for a kilogram that ICU does not spell, in any language: after a number they mean nothing
 * else (`250 Kilo`, `5 kilo elma`, `250 kilós`, `227 κιλά`).
 */
const colloquialUnits: ReadonlyArray<[string[], string]> = ['kilo', 'kilos', 'kiló', 'kilós', 'кило', 'κιλό', 'κιλά'].map((word) => [[word], 'kilogram'])

function unitTable(lang: string): Map<string, Array<[string[], string]>> {
  const table = new Map<string, Array<[string[], string]>>()
  const forms = intlUnitWords(lang)
  const spelled = new Set(forms.map(([tokens]) => tokens.join(' ')))
  for (const form of colloquialUnits) if (!spelled.has(form[0].join(' '))) forms.push(form)
  // `ºC` with the ordinal indicator, a letter, is one word where `°C` is a mark and a word.
  for (const [tokens, unit] of [...forms]) if (tokens.length === 2 && tokens[0] === '°') forms.push([[`º${tokens[1] ?? ''}`], unit])
  for (const form of forms.sort((a, b) => b[0].length - a[0].length)) {
    const first = form[0][0] ?? ''
    table.set(first, [...(table.get(first) ?? []), form])
  }
  return table
}

function percentTable(lang: string): PercentWords {
  const own = intlPercentWords(lang)
  const known = (forms: string[][], form: string[]) => forms.some((other) => other.join(' ') === form.join(' '))
  const before = [['yüzde'], ...own.before.filter((form) => !known([['yüzde']], form))]
  const after = [['percent'], ['per', 'cent'], ...own.after.filter((form) => !known([['percent'], ['per', 'cent']], form))]
  return {before, after}
}

function monthTable(primary: string): Map<string, number> {
  const own = monthNames[primary]
  if (own) return new Map(own.map((name, index) => [name, index + 1]))
  const months = new Map((monthNames.en ?? []).map((name, index) => [name, index + 1]))
  intlMonthNames(primary).forEach((names, index) => {
    for (const name of names) months.set(name, index + 1)
  })
  return months
}
