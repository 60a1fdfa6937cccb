import {foldDiacritics} from '../text/fold-diacritics.js'
import type {Anchor} from './types.js'
import type {ScanToken} from './scan-tokens.js'
import {scanTokens} from './scan-tokens.js'
import {findSpecialAnchors} from './special-anchors.js'
import {findHanNumerals, findHanPercents} from './han-numerals.js'
import type {Cursor, Found} from './token-cursor.js'
import {createCursor, monthAt, wordAt} from './token-cursor.js'
import {matchDate} from './match-date.js'
import {matchTime} from './match-time.js'
import {matchNumber, percentSigns} from './match-number.js'
import {matchName, readCasing} from './match-name.js'
import {findUnspacedWeekdays, matchWeekday} from './match-weekday.js'
import type {Casing} from './match-name.js'

/** The anchors of a text and its words, read in one pass. */
export interface ReadText {
  anchors: Anchor[]
  /** Each word's stem (apostrophe suffix dropped), case- and diacritic-folded like `foldName`. */
  words: string[]
}

/** Reads anchors and folded words of `text` in `lang` (see `extractAnchors`). */
export function readAnchors(text: string, lang: string): ReadText {
  const special = withUnspacedAnchors(findSpecialAnchors(text), text, lang)
  const tokens = scanTokens(
    text,
    special.map((anchor) => [anchor.start, anchor.end])
  )
  const cursor = createCursor(text, lang, tokens)
  const casing = readCasing(cursor)
  const anchors: Anchor[] = special
  let index = 0
  while (index < tokens.length) {
    // Every anchor starts at a number or a word, or at a percent sign: other marks are skipped without asking each matcher.
    const token = tokens[index] as ScanToken
    if (token.kind === 'mark' && !percentSigns.has(token.text)) {
      index++
      continue
    }
    const match = token.kind === 'word' ? matchAtWord(cursor, index, casing) : (matchDate(cursor, index) ?? matchTime(cursor, index) ?? matchNumber(cursor, index))
    if (match) anchors.push(match.anchor)
    index = match ? match.next : index + 1
  }
  return {anchors: withSuffixes(special.length > 0 ? anchors.sort((a, b) => a.start - b.start) : anchors, text), words: foldedWords(cursor)}
}

/** Letters glued to a number's end, after an apostrophe or a hyphen or none (`1930s`, `1930-luvulla`, `’80s` → `s`). */
const gluedLetters = /^(?:['’-])?(\p{Ll}+)/u

/** Sets each plain number's `suffix`, the lower-case letters glued to its end (`1930s`, `30-е`). */
function withSuffixes(anchors: Anchor[], text: string): Anchor[] {
  for (const anchor of anchors) {
    if (anchor.kind !== 'number' || anchor.unit !== undefined || !/\d$/.test(anchor.text)) continue
    const suffix = gluedLetters.exec(text.slice(anchor.end, anchor.end + 12))?.[1]
    if (suffix !== undefined) anchor.suffix = suffix
  }
  return anchors
}

/**
 * The matchers that can start at a word: a date only at a month name (the others start at a
 * number), never a time; a number word, a day of the week (not a name: `Sunday` is `Pazar` in
 * Turkish) or a name. Asks in the same order as for other tokens.
 */
function matchAtWord(cursor: Cursor, index: number, casing: Casing): Found | undefined {
  return (monthAt(cursor, index) === 0 ? undefined : matchDate(cursor, index)) ?? matchNumber(cursor, index) ?? matchWeekday(cursor, index) ?? matchName(cursor, index, casing)
}

const nonAscii = /[^\x00-\x7F]/

/** Folds the lower-cased text once when that keeps offsets, else word by word. */
function foldedWords(cursor: Cursor): string[] {
  const lower = cursor.lowerText
  const folded = lower === undefined ? undefined : nonAscii.test(lower) ? foldDiacritics(lower) : lower
  const sameLength = folded !== undefined && folded.length === cursor.text.length
  const words: string[] = []
  cursor.tokens.forEach((token, index) => {
    if (token.kind !== 'word') return
    words.push(sameLength ? folded.slice(token.start, token.start + token.stem.length) : foldDiacritics(wordAt(cursor, index)))
  })
  return words
}

/**
 * The special anchors, then Chinese percentages (`百分之四十`), Han numerals (`十九`) and weekday
 * names in Han, kana and Hangul (`周日`) that no earlier one overlaps, in order.
 */
function withUnspacedAnchors(special: Anchor[], text: string, lang: string): Anchor[] {
  let anchors = special
  for (const found of [findHanPercents(text), findHanNumerals(text), findUnspacedWeekdays(text, lang)]) {
    const kept = found.filter((item) => !anchors.some((anchor) => anchor.start < item.end && item.start < anchor.end))
    if (kept.length > 0) anchors = [...anchors, ...kept].sort((a, b) => a.start - b.start)
  }
  return anchors
}
