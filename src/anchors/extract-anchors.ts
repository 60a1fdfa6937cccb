import type {Anchor} from './types.js'
import {readAnchors} from './read-anchors.js'

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
  if (typeof lang !== 'string') throw new TypeError("extractAnchors: expected `lang` to be a language tag such as 'tr' (a string)")
  return readAnchors(text, lang).anchors
}
