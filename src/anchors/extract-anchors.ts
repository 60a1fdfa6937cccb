import type {Anchor} from './types.js'
import {scanTokens} from './scan-tokens.js'
import {findSpecialAnchors} from './special-anchors.js'
import type {Cursor} from './token-cursor.js'
import {matchDate} from './match-date.js'
import {matchNumber} from './match-number.js'
import {matchName, readCasing} from './match-name.js'

/**
 * Finds the anchors of `text` written in `lang` (BCP 47; `tr` and `en` get month names and
 * number words, every language gets its decimal convention): numbers, dates, percentages,
 * ranges, ordinals, acronyms, proper nouns, URLs, e-mail addresses and inline code, each with
 * a canonical `value` that compares across languages. Linear in the length of `text`.
 *
 * @example
 *   extractAnchors('%25', 'tr') // => [{kind: 'percent', text: '%25', value: '25%', start: 0, end: 3}]
 */
export function extractAnchors(text: string, lang = 'und'): Anchor[] {
  if (typeof text !== 'string') throw new TypeError('extractAnchors: expected `text` to be a string')
  const special = findSpecialAnchors(text)
  const tokens = scanTokens(
    text,
    special.map((anchor) => [anchor.start, anchor.end])
  )
  const cursor: Cursor = {text, lang, tokens}
  const casing = readCasing(cursor)
  const anchors: Anchor[] = [...special]
  let index = 0
  while (index < tokens.length) {
    const match = matchDate(cursor, index) ?? matchNumber(cursor, index) ?? matchName(cursor, index, casing)
    if (match) anchors.push(match.anchor)
    index = match ? match.next : index + 1
  }
  return anchors.sort((a, b) => a.start - b.start)
}
