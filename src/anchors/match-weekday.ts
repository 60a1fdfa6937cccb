import type {Anchor} from './types.js'
import {inflectedCalendarWord} from './inflected-calendar-word.js'
import {writesCaseEndings} from './inflected.js'
import type {Cursor, Found} from './token-cursor.js'
import {found, wordAt} from './token-cursor.js'
import {wordTables} from './word-tables.js'

/** A day's case ending is short (`Pazar'a`, `sunnuntaisin`, `kedden`); longer ones make other words (`Pazarlama`, marketing). */
const longestEnding = 3

/** Scripts whose weekday names are found inside longer runs: Han and kana, written without spaces (`选民将于周日投票`), and Hangul, whose particles join the word (`일요일에`). */
const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u

/**
 * A day of the week at word `index`, as its ISO 8601 number (Monday `1` … Sunday `7`): a name ICU
 * gives for the language (`Sunday`, `dimanche`, `Κυριακή`), also with a case ending that keeps its
 * vowel harmony, of three letters at most (`sunnuntaina`, `hétfőn`, see `inflectedCalendarWord`),
 * and a Cyrillic name ending in `а` or `я` also in the accusative (`в среду`, `в пятницу`: on
 * Wednesday, on Friday), the case a day is named in; not in the other cases, which other words share
 * (`среди`, among). Where ICU capitalises the names, only a capitalised word is one: Greek `τρίτη`
 * is also "third", Turkish `pazar` a market. Names in Han, kana and Hangul are found by
 * `findUnspacedWeekdays`.
 */
export function matchWeekday(cursor: Cursor, index: number): Found | undefined {
  const {weekdays, weekdaysCapitalised} = cursor.tables
  if (weekdays.size === 0) return undefined
  // Names in Han, kana and Hangul were read before the words (`findUnspacedWeekdays`): no word is one of them.
  const word = wordAt(cursor, index)
  if (word === '') return undefined
  const day = weekdays.get(word) ?? (writesCaseEndings(cursor.lang) ? inflectedCalendarWord(word, cursor.lang, weekdays, longestEnding) : weekdays.get(nominative(word)))
  if (day === 0 || day === undefined) return undefined
  const initial = cursor.tokens[index]?.text.charAt(0) ?? ''
  if (weekdaysCapitalised && initial === initial.toLowerCase()) return undefined
  return found(cursor, 'weekday', String(day), index, index + 1)
}

/** A Cyrillic accusative `-у`, `-ю` read back as the nominative `-а`, `-я`; other words as they are. */
function nominative(word: string): string {
  const last = word.at(-1)
  return last === 'у' ? `${word.slice(0, -1)}а` : last === 'ю' ? `${word.slice(0, -1)}я` : word
}

/**
 * The weekday names of `lang` written in Han, kana or Hangul wherever they stand in the text
 * (`选民将于周日投票`: on Sunday; `일요일에`), as `weekday` anchors read before the words. Other
 * scripts' names are read word by word (`matchWeekday`).
 *
 * @example
 *   findUnspacedWeekdays('选民将于周日投票', 'zh') // => [{kind: 'weekday', text: '周日', value: '7', start: 4, end: 6}]
 */
export function findUnspacedWeekdays(text: string, lang: string): Anchor[] {
  if (!unspaced.test(text)) return []
  const anchors: Anchor[] = []
  for (const [name, day] of wordTables(lang).weekdays) {
    if (!unspaced.test(name)) continue
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + name.length)) {
      anchors.push({kind: 'weekday', text: name, value: String(day), start, end: start + name.length})
    }
  }
  anchors.sort((a, b) => a.start - b.start)
  // Names that overlap (`月曜日曜日`) keep the first.
  return anchors.filter((anchor, at) => anchors.slice(0, at).every((before) => before.end <= anchor.start))
}
