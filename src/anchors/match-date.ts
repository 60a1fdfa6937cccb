import type {Cursor, Found} from './token-cursor.js'
import {localeConventions} from '../text/locale-conventions.js'
import {dashAt, dayAt, found, integerAt, markAt, monthAt, pad, wordAt, yearAt} from './token-cursor.js'

/**
 * A date at token `index`, as ISO 8601: `18 Ekim 1988`, `October 18, 1988` and
 * `18 October 1988` → `1988-10-18`; `April 2018` and `2018 yılı Nisan` → `2018-04`;
 * `15 Haziran` → `--06-15`; `25-26 Nisan 2013` → `2013-04-25/2013-04-26`;
 * `June 2021-June 2023` → `2021-06/2023-06`; `18.10.1988`, `3.06.2021` and `1988-10-18` → ISO;
 * `6/3/2021` → `2021-06-03` in English (month first, as in the US) and `2021-03-06` in other languages
 * (day first), unless one of the two can only be a day (`25/12/2021`, `12/25/2021`); `2018年6月3日`
 * → `2018-06-03`. Month names are those of `wordTables` (any language ICU knows).
 */
export function matchDate(cursor: Cursor, index: number): Found | undefined {
  const first = matchSingleDate(cursor, index)
  if (!first || !dashAt(cursor, first.next)) return first
  const second = matchSingleDate(cursor, first.next + 1)
  if (!second) return first
  return found(cursor, 'date', `${first.anchor.value}/${second.anchor.value}`, index, second.next)
}

function matchSingleDate(cursor: Cursor, index: number): Found | undefined {
  return dayFirst(cursor, index) ?? monthFirst(cursor, index) ?? yearFirst(cursor, index) ?? numeric(cursor, index) ?? slashed(cursor, index) ?? hanDate(cursor, index)
}

/**
 * `18 Ekim 1988`, `18 October`, `25-26 Nisan 2013`; `3. Juni 2018` (a period after the day, as in
 * German or Finnish); `1st October`, `1er octobre`, `1ης Οκτωβρίου`, `29-го сентября`, `2nd of May` (an
 * ordinal ending).
 */
function dayFirst(cursor: Cursor, index: number): Found | undefined {
  const day = dayAt(cursor, index)
  if (!day) return undefined
  const secondDay = dashAt(cursor, index + 1) ? dayAt(cursor, index + 2) : 0
  let next = secondDay ? index + 3 : index + 1
  if (markAt(cursor, next, '.') && monthAt(cursor, next + 1)) next++
  else if (ordinalEndingAt(cursor, next)) next += wordAt(cursor, next + 1) === 'of' && monthAt(cursor, next + 2) ? 2 : 1
  else if (dashAt(cursor, next) && !cursor.tokens[next]?.spaced && ordinalEndingAt(cursor, next + 1) && monthAt(cursor, next + 2)) next += 2
  const month = monthAt(cursor, next)
  if (!month) return undefined
  const year = yearAt(cursor, ++next)
  if (year) next++
  const prefix = year ? `${year}-${pad(month)}-` : `--${pad(month)}-`
  const value = secondDay ? `${prefix}${pad(day)}/${prefix}${pad(secondDay)}` : prefix + pad(day)
  return found(cursor, 'date', value, index, next)
}

/** The letters of an ordinal glued to a day's number (`st`, `er`, `ης`): a word of at most three lower-case letters. */
function ordinalEndingAt(cursor: Cursor, index: number): boolean {
  const token = cursor.tokens[index]
  return token?.kind === 'word' && !token.spaced && /^\p{Ll}{1,3}$/u.test(token.text)
}

/** Words between a month and its year: `September of 2017`, `septiembre de 2017`, `Σεπτέμβριο του 2017`. */
const ofYear = new Set(['of', 'de', 'del', 'του'])

/** `October 18, 1988`, `June 16`, `April 2018`, `April of 2018`. */
function monthFirst(cursor: Cursor, index: number): Found | undefined {
  const month = monthAt(cursor, index)
  if (!month) return undefined
  const of = ofYear.has(wordAt(cursor, index + 1)) && yearAt(cursor, index + 2) ? 1 : 0
  const year = yearAt(cursor, index + 1 + of)
  if (year) return found(cursor, 'date', `${year}-${pad(month)}`, index, index + 2 + of)
  const day = dayAt(cursor, index + 1)
  if (!day) return undefined
  const comma = cursor.tokens[index + 2]?.text === ',' ? 1 : 0
  const dayYear = yearAt(cursor, index + 2 + comma)
  if (dayYear) return found(cursor, 'date', `${dayYear}-${pad(month)}-${pad(day)}`, index, index + 3 + comma)
  return found(cursor, 'date', `--${pad(month)}-${pad(day)}`, index, index + 2)
}

/** `2018 Nisan`, `2018 yılı Nisan`; ISO `1988-10-18`; `2018. június 3.` (Hungarian: year, month, day). */
function yearFirst(cursor: Cursor, index: number): Found | undefined {
  const year = yearAt(cursor, index)
  if (!year) return undefined
  if (dashAt(cursor, index + 1) && dashAt(cursor, index + 3)) {
    const month = integerAt(cursor, index + 2)
    const day = integerAt(cursor, index + 4)
    if (month.length === 2 && day.length === 2) return found(cursor, 'date', `${year}-${month}-${day}`, index, index + 5)
  }
  const skip = wordAt(cursor, index + 1).startsWith('yıl') || markAt(cursor, index + 1, '.') ? 1 : 0
  const month = monthAt(cursor, index + 1 + skip)
  if (!month) return undefined
  const day = skip === 1 && markAt(cursor, index + 1, '.') ? dayAt(cursor, index + 2 + skip) : 0
  if (day) return found(cursor, 'date', `${year}-${pad(month)}-${pad(day)}`, index, markAt(cursor, index + 4, '.') ? index + 5 : index + 4)
  return found(cursor, 'date', `${year}-${pad(month)}`, index, index + 2 + skip)
}

/**
 * Chinese and Japanese dates, numbers each followed by its unit: `2018年6月3日` → `2018-06-03`,
 * `6月3日` (or `3号`) → `--06-03`, `2018年6月` → `2018-06`. A year alone stays a number.
 */
function hanDate(cursor: Cursor, index: number): Found | undefined {
  const unit = (at: number, mark: string) => cursor.tokens[at]?.kind === 'word' && (cursor.tokens[at]?.text ?? '').startsWith(mark)
  const year = yearAt(cursor, index) && unit(index + 1, '年') ? yearAt(cursor, index) : ''
  const at = year ? index + 2 : index
  const month = dayAt(cursor, at)
  if (!month || month > 12 || !unit(at + 1, '月')) return undefined
  const day = dayAt(cursor, at + 2)
  const prefix = year ? `${year}-${pad(month)}` : `--${pad(month)}`
  if (day && (unit(at + 3, '日') || unit(at + 3, '号') || unit(at + 3, '號'))) return found(cursor, 'date', `${prefix}-${pad(day)}`, index, at + 4)
  return year ? found(cursor, 'date', prefix, index, at + 2) : undefined
}

/** `18.10.1988` (day, month, year). */
function numeric(cursor: Cursor, index: number): Found | undefined {
  const token = cursor.tokens[index]
  const match = token?.kind === 'number' ? /^(\d{1,2})\.(\d{1,2})\.([12]\d{3})$/.exec(token.stem) : null
  if (!match) return undefined
  const [, day = '', month = '', year = ''] = match
  if (Number(month) > 12 || Number(day) > 31) return undefined
  return found(cursor, 'date', `${year}-${pad(Number(month))}-${pad(Number(day))}`, index, index + 1)
}

/** `6/3/2021`, `25/12/2021`: day and month in the language's order, unless only one order is a date. */
function slashed(cursor: Cursor, index: number): Found | undefined {
  if (!markAt(cursor, index + 1, '/') || !markAt(cursor, index + 3, '/')) return undefined
  const first = dayAt(cursor, index)
  const second = dayAt(cursor, index + 2)
  const year = yearAt(cursor, index + 4)
  if (!first || !second || !year) return undefined
  const monthFirst = second > 12 || (first <= 12 && localeConventions(cursor.lang).monthFirst)
  const [month, day] = monthFirst ? [first, second] : [second, first]
  if (month > 12) return undefined
  return found(cursor, 'date', `${year}-${pad(month)}-${pad(day)}`, index, index + 5)
}
