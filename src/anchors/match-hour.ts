import type {Anchor} from './types.js'

/**
 * Pairs a time of day left over on one side with a number the other side writes for it, its hour
 * words unread (`04:00 BST` = `4 часов утра`, `الساعة 4`; `7.55am` = `7.55 π.μ.`, `7.55 صباحًا`): the
 * number is the hour on the 24- or 12-hour clock, with the minutes after a point when there are any.
 * Each pair is of an index of `ones` and one of `others`, both marked used; call it both ways round.
 */
export function pairHours(ones: readonly Anchor[], others: readonly Anchor[], onesUsed: boolean[], othersUsed: boolean[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  ones.forEach((anchor, i) => {
    const readings = onesUsed[i] || anchor.kind !== 'time' ? [] : clockNumbers(anchor.value)
    if (readings.length === 0) return
    const j = others.findIndex((other, index) => !othersUsed[index] && other.kind === 'number' && other.unit === undefined && readings.includes(other.value))
    if (j < 0) return
    onesUsed[i] = othersUsed[j] = true
    pairs.push([i, j])
  })
  return pairs
}

/** The numbers a time `HH:MM` may be written as: `4` for `04:00`, `7.55` for `07:55`, and `3` or `3.3` for `15:00`, `15:30`. */
function clockNumbers(value: string): string[] {
  const match = /^(\d{2}):(\d{2})$/.exec(value)
  if (!match) return []
  const [hour, minutes] = [Number(match[1]), match[2] as string]
  const hours = hour > 12 ? [hour, hour - 12] : [hour]
  // A number's value drops trailing zeros after the point: `7.50` is `7.5`.
  return hours.map((each) => (minutes === '00' ? String(each) : String(Number(`${each}.${minutes}`))))
}
