import {intlKnows} from '../text/intl-knows.js'

/** How a language writes the hour of a time of day in words, as ICU formats it. */
export interface HourWords {
  /** The word after the hour, lower case: `uhr` (de), `h` (fr), `时` (zh), `時` (ja), `시` (ko). */
  after: string[]
  /** Day periods written before the hour in Han (`下午` and `午後` for afternoon, `上午` and `午前` for morning). */
  pm: string[]
  am: string[]
}

/** Han, kana and Hangul only: Latin day periods (`ÖS`, `du.`, `de.`) are also words. */
const unambiguousPeriod = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]+$/u

/**
 * The hour words of `lang`, from `Intl.DateTimeFormat`'s hour alone (`15 Uhr`, `15 h`, `15时`) and
 * its twelve-hour form (`下午3时`). Empty when `Intl` does not know the language.
 *
 * @example
 *   intlHourWords('de') // => {after: ['uhr'], pm: [], am: []}
 */
export function intlHourWords(lang: string): HourWords {
  const words: HourWords = {after: [], pm: [], am: []}
  if (!intlKnows(Intl.DateTimeFormat, lang)) return words
  const hour = new Intl.DateTimeFormat(lang, {hour: 'numeric', hourCycle: 'h23', timeZone: 'UTC'})
  const half = new Intl.DateTimeFormat(lang, {hour: 'numeric', hour12: true, timeZone: 'UTC'})
  const parts = hour.formatToParts(Date.UTC(2021, 5, 3, 15))
  const after = parts[parts.findIndex((part) => part.type === 'hour') + 1]?.value.trim().toLocaleLowerCase(lang) ?? ''
  if (/^[\p{L}\p{M}]+$/u.test(after)) words.after.push(after)
  for (const [side, time] of [['pm', 15], ['am', 9]] as const) {
    const period = half.formatToParts(Date.UTC(2021, 5, 3, time)).find((part) => part.type === 'dayPeriod')?.value ?? ''
    if (unambiguousPeriod.test(period)) words[side].push(period)
  }
  return words
}
