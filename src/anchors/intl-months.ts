import {intlKnows} from '../text/intl-knows.js'

/**
 * Month names of any language that ICU knows, for languages without a table of their own
 * (`monthNames`): for each month January first, its long name as written in a date (`июня`,
 * `kesäkuuta`, `Ιουνίου`) and standing alone (`июнь`, `kesäkuu`), in lower case. Abbreviations are
 * left out, as some are words (Finnish `kesä`, summer), and so are forms with digits (`6月`: Chinese
 * and Japanese write the month as a number, which `matchDate` reads from the tokens). Empty when
 * `Intl` does not know the language.
 *
 * @example
 *   intlMonthNames('ru')[5] // => ['июня', 'июнь']
 */
export function intlMonthNames(lang: string): string[][] {
  if (!intlKnows(Intl.DateTimeFormat, lang)) return []
  const formats = [{day: 'numeric', month: 'long'} as const, {month: 'long'} as const].map((options) => new Intl.DateTimeFormat(lang, {...options, timeZone: 'UTC'}))
  return Array.from({length: 12}, (_, month) => {
    const date = new Date(Date.UTC(2021, month, 15))
    const names = formats.map((format) => format.formatToParts(date).find((part) => part.type === 'month')?.value ?? '')
    const words = names.map((name) => name.toLocaleLowerCase(lang)).filter((name) => /^\p{L}+$/u.test(name))
    return [...new Set(words)]
  })
}
