import {asciiDigits} from '../text/ascii-digits.js'
import type {Anchor} from './types.js'

// Chinese and Japanese numbers written in Han numerals: percentages with `百分之`, and numbers below a thousand.

const digits: Readonly<Record<string, number>> = {零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9}
/** `百分之` ("hundred parts of") and its number: digits (`百分之40`, `百分之 1.5`) or Han numerals (`百分之四十`, `百分之百`). */
const pattern = /百分之(?:[ \u00A0]?(\p{Nd}+(?:\.\p{Nd}+)?)|([零〇一二两三四五六七八九十百点]+))/gu

/**
 * The percentages Chinese writes with `百分之` before the number, in digits or Han numerals below a
 * thousand, wherever they stand in a run of Han (`超过百分之四十的人` = more than 40 % of people,
 * `她百分之百确定`): `percent` anchors, read before the words like the other anchors of
 * `findSpecialAnchors`, so that the digits of `百分之40` are not a number of their own.
 */
export function findHanPercents(text: string): Anchor[] {
  if (!text.includes('百分之')) return []
  const anchors: Anchor[] = []
  for (const match of text.matchAll(pattern)) {
    const numeral = match[1] === undefined ? readHanNumeral(match[2] ?? '') : {value: Number(asciiDigits(match[1])), length: match[1].length}
    if (numeral === undefined) continue
    const start = match.index
    const end = start + match[0].length - (match[1] === undefined ? (match[2] ?? '').length - numeral.length : 0)
    anchors.push({kind: 'percent', text: text.slice(start, end), value: `${numeral.value}%`, start, end})
  }
  return anchors
}

/** A run of Han numerals with a ten or a hundred in it, two characters or more (`十九`, `八十`, `一百二十`; not `十分`, very, or `百姓`). */
const numeralRun = /[零〇一二两三四五六七八九十百]{2,}/gu
const tensOrHundreds = /[十百]/u

/**
 * The numbers Chinese and Japanese write in Han numerals below a thousand, two characters or more
 * with a ten or a hundred among them (`十九世纪` = 19th century, `八十年代` = the eighties, `二十五人`):
 * `number` anchors, read before the words, that never count as missing (no digits), but pair
 * with the other side's numbers. A run that is no one numeral (`一二十`, ten or twenty) is left.
 */
export function findHanNumerals(text: string): Anchor[] {
  if (!tensOrHundreds.test(text)) return []
  const anchors: Anchor[] = []
  for (const match of text.matchAll(numeralRun)) {
    const numeral = tensOrHundreds.test(match[0]) ? readHanNumeral(match[0]) : undefined
    if (numeral === undefined || numeral.length !== match[0].length) continue
    anchors.push({kind: 'number', text: match[0], value: String(numeral.value), start: match.index, end: match.index + match[0].length})
  }
  return anchors
}

/**
 * The Han numeral below a thousand that `text` starts with (`四十` 40, `二十五` 25, `百` 100, `一百二十` 120, `九十九点九`
 * 99.9): its value and its length, or `undefined`.
 */
function readHanNumeral(text: string): {value: number; length: number} | undefined {
  let total = 0
  let digit: number | undefined
  let length = 0
  for (const character of text) {
    const value = digits[character]
    if (value !== undefined && digit === undefined) digit = value
    else if (character === '十' || character === '百') {
      total += (digit ?? 1) * (character === '十' ? 10 : 100)
      digit = undefined
    } else break
    length++
  }
  if (length === 0) return undefined
  const whole = total + (digit ?? 0)
  const fraction = text[length] === '点' ? fractionDigits(text.slice(length + 1)) : ''
  return fraction === '' ? {value: whole, length} : {value: Number(`${whole}.${fraction}`), length: length + 1 + fraction.length}
}

/** The Han digits `text` starts with, as ASCII digits (`五` → `5`). */
function fractionDigits(text: string): string {
  let written = ''
  for (const character of text) {
    const value = digits[character]
    if (value === undefined) break
    written += String(value)
  }
  return written
}
