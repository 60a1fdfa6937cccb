import {intlKnows} from '../text/intl-knows.js'

/** The names of one language's days of the week, as ICU writes them. */
export interface WeekdayNames {
  /** For each day, Monday first (ISO 8601 numbers it 1), its names in lower case. */
  days: string[][]
  /** Whether ICU writes the names with a capital (`Sunday`, `Κυριακή`, `Pazar`): then only a capitalised word is one (`τρίτη` is also "third", `pazar` a market). */
  capitalised: boolean
}

/** Han: a short form there is a word of its own (`周日` beside `星期日`); elsewhere most short forms are words of other kinds (English `Sun`, `Wed`). */
const hanOnly = /^\p{sc=Han}{2,}$/u
const letters = /^\p{L}+$/u

/**
 * The weekday names of any language that ICU knows: each day's long name as written in a date
 * (`dimanche 7 février`) and standing alone, and in Han its short form of two characters or more
 * (`周日`). Empty when `Intl` does not know the language.
 *
 * @example
 *   intlWeekdayNames('fr').days[6] // => ['dimanche']
 */
export function intlWeekdayNames(lang: string): WeekdayNames {
  if (!intlKnows(Intl.DateTimeFormat, lang)) return {days: [], capitalised: false}
  const inDate = new Intl.DateTimeFormat(lang, {weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC'})
  const alone = new Intl.DateTimeFormat(lang, {weekday: 'long', timeZone: 'UTC'})
  const short = new Intl.DateTimeFormat(lang, {weekday: 'short', timeZone: 'UTC'})
  let capitalised = true
  const days = Array.from({length: 7}, (_, day) => {
    // 1 February 2021 was a Monday.
    const date = Date.UTC(2021, 1, 1 + day)
    const long = [inDate.formatToParts(date).find((part) => part.type === 'weekday')?.value ?? '', alone.format(date)].filter((name) => letters.test(name))
    for (const name of long) if (name === name.toLocaleLowerCase(lang)) capitalised = false
    const abbreviated = short.format(date)
    const names = hanOnly.test(abbreviated) ? [...long, abbreviated] : long
    return [...new Set(names.map((name) => name.toLocaleLowerCase(lang)))]
  })
  return {days, capitalised: capitalised && days.some((names) => names.length > 0)}
}
