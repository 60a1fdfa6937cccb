import {primaryLang} from '../text/primary-lang.js'
import {afternoonWords, hourWordsBefore} from './calendar.js'
import {unspacedAt} from './token-class.js'
import type {Cursor, Found} from './token-cursor.js'
import {dashAt, found, integerAt, markAt, pad, wordAt} from './token-cursor.js'

/** Words after a 12-hour time: `3:22 PM`, `9:30 a.m.` (the dots are separate tokens). */
const meridiem: Record<string, 'am' | 'pm'> = {am: 'am', pm: 'pm', a: 'am', p: 'pm'}

/**
 * A time of day at token `index`, as 24-hour `HH:MM` or `HH:MM:SS`: `15:22`,
 * `09:30`, `3:22:31 PM` → `15:22:31`, `9:30 a.m.` → `09:30`; before `am`/`pm` also an hour alone
 * (`3 p.m.`, `2pm` → `15:00`, `14:00`) and hours and minutes with a dot (`7.55am` → `07:55`); before
 * the language's hour word (`15 Uhr`, `15.30 Uhr`, `15 h 30`, `15時30分`, `下午3时` → `15:00`, `15:30` …).
 */
export function matchTime(cursor: Cursor, index: number): Found | undefined {
  const hours = integerAt(cursor, index)
  if (!markAt(cursor, index + 1, ':')) return twelveHourAlone(cursor, index, hours) ?? hourWord(cursor, index) ?? hourAfterWord(cursor, index)
  const minutes = markAt(cursor, index + 1, ':') ? integerAt(cursor, index + 2) : ''
  if (hours.length === 0 || hours.length > 2 || minutes.length !== 2 || Number(minutes) > 59) return undefined
  let next = index + 3
  const seconds = markAt(cursor, next, ':') ? integerAt(cursor, next + 1) : ''
  if (seconds.length === 2 && Number(seconds) <= 59) next += 2
  const half = twelveHour(cursor, next)
  let hour = Number(hours)
  if (half) {
    if (hour < 1 || hour > 12) return undefined
    hour = (hour % 12) + (half.value === 'pm' ? 12 : 0)
    next = half.next
  }
  if (hour > 23) return undefined
  const value = `${pad(hour)}:${minutes}${next > index + 3 && seconds.length === 2 ? `:${seconds}` : ''}`
  return found(cursor, 'time', value, index, next)
}

/**
 * `3 p.m.`, `2pm`, `11 AM`, `7.55am`: an hour, or hours and minutes with a dot, that only the half of
 * the day after it makes a time. Outside English, a lower-case `am` apart from the number is not
 * enough: it is a German and Dutch word (`die 3 am häufigsten`).
 */
function twelveHourAlone(cursor: Cursor, index: number, hours: string): Found | undefined {
  const dotted = hours === '' ? /^(\d{1,2})\.(\d{2})$/.exec(cursor.tokens[index]?.kind === 'number' ? (cursor.tokens[index]?.stem ?? '') : '') : null
  const hour = Number(dotted ? dotted[1] : hours)
  const minutes = dotted ? (dotted[2] ?? '') : '00'
  if ((hours === '' && !dotted) || hours.length > 2 || hour < 1 || hour > 12 || Number(minutes) > 59) return undefined
  const half = twelveHour(cursor, index + 1)
  const after = cursor.tokens[index + 1]
  if (!half || (!dotted && after?.spaced && after.text === 'am' && primaryLang(cursor.lang) !== 'en')) return undefined
  return found(cursor, 'time', `${pad((hour % 12) + (half.value === 'pm' ? 12 : 0))}:${minutes}`, index, half.next)
}

/**
 * An hour, or hours and minutes with a dot, before the hour word of the language (`intlHourWords`),
 * minutes after it too (`15 h 30`, `15時30分`); `下午` or `午後` before the hour makes it afternoon.
 * A one-letter hour word (French `h`) needs two digits or minutes: `5 h` may be five hours.
 */
function hourWord(cursor: Cursor, index: number): Found | undefined {
  const token = cursor.tokens[index]
  const words = cursor.tables.hours
  const next = cursor.tokens[index + 1]
  if (token?.kind !== 'number' || next?.kind !== 'word' || !words.after.some((word) => isHourWord(wordAt(cursor, index + 1), word))) return undefined
  const [, hours = '', dotted = ''] = /^(\d{1,2})(?:\.(\d{2}))?$/.exec(token.stem) ?? []
  const after = dotted === '' ? integerAt(cursor, index + 2) : ''
  const minutes = dotted || (after.length === 2 ? after : '')
  if (hours === '' || Number(hours) > 23 || Number(minutes) > 59 || (next.text.length === 1 && hours.length === 1 && minutes === '' && !unspacedAt(cursor.text, next.start))) return undefined
  const before = index > 0 ? wordAt(cursor, index - 1) : ''
  const pm = words.pm.some((period) => before.endsWith(period))
  const am = words.am.some((period) => before.endsWith(period))
  let hour = Number(hours)
  if ((pm || am) && (hour < 1 || hour > 12)) return undefined
  if (pm || am) hour = (hour % 12) + (pm ? 12 : 0)
  return found(cursor, 'time', `${pad(hour)}:${minutes || '00'}`, index, minutes !== '' && dotted === '' ? index + 3 : index + 2)
}

/**
 * An hour, or hours and minutes with a dot, after the word some languages write before it
 * (`saat 15.30`, `klo 15`, `kl. 15`: `hourWordsBefore`); in Turkish `öğleden sonra` or `akşam`
 * before that makes a twelve-hour one afternoon (`öğleden sonra saat 2` = 14:00).
 */
function hourAfterWord(cursor: Cursor, index: number): Found | undefined {
  const token = cursor.tokens[index]
  if (token?.kind !== 'number') return undefined
  const lang = primaryLang(cursor.lang)
  const dot = markAt(cursor, index - 1, '.') ? 1 : 0
  const afterWord = followsHourWord(cursor, index)
  // The end of a span of hours goes with its start: `saat 09.00-17.00` (one span, not a chain).
  const spanEnd = !afterWord && dashAt(cursor, index - 1) && cursor.tokens[index - 2]?.kind === 'number' && followsHourWord(cursor, index - 2)
  if (!afterWord && !spanEnd) return undefined
  const [, hours = '', minutes = '00'] = /^(\d{1,2})(?:\.(\d{2}))?$/.exec(token.stem) ?? []
  let hour = Number(hours)
  if (hours === '' || hour > 23 || Number(minutes) > 59) return undefined
  const before = index - 2 - dot
  const afternoon = (afternoonWords[lang] ?? []).some((words) => words.every((word, offset) => wordAt(cursor, before - words.length + 1 + offset) === word))
  if (afterWord && afternoon && hour >= 1 && hour <= 11) hour += 12
  return found(cursor, 'time', `${pad(hour)}:${minutes}`, index, index + 1)
}

/** Whether the token before `index` (a `.` after it allowed: `kl. 15`) is a word written before the hour. */
function followsHourWord(cursor: Cursor, index: number): boolean {
  const dot = markAt(cursor, index - 1, '.') ? 1 : 0
  return (hourWordsBefore[primaryLang(cursor.lang)] ?? []).includes(wordAt(cursor, index - 1 - dot))
}

/**
 * `word` is the hour word, or starts with a Han one that kana go on from (`時に`, at … o'clock; not
 * `時間`, hours: Han after it makes another word).
 */
function isHourWord(word: string, hour: string): boolean {
  return word === hour || (word.startsWith(hour) && han.test(hour) && !han.test(word.charAt(hour.length)))
}

const han = /\p{sc=Han}/u

/** `AM`, `pm`, `a.m.`, `P.M.` at `index`: which half of the day, and the token after it. */
function twelveHour(cursor: Cursor, index: number): {value: 'am' | 'pm'; next: number} | undefined {
  const word = wordAt(cursor, index)
  const value = meridiem[word]
  if (!value) return undefined
  if (word.length === 2) return {value, next: index + 1}
  const dotted = markAt(cursor, index + 1, '.') && wordAt(cursor, index + 2) === 'm'
  if (!dotted) return undefined
  return {value, next: markAt(cursor, index + 3, '.') ? index + 4 : index + 3}
}
