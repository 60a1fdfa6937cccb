import {chunkText} from './chunk-text.js'
import {segmenterFor} from './segmenter.js'

/** A word token: its text and its offsets (UTF-16 code units) in the input. */
export interface Token {
  text: string
  /** Offset of the first code unit. */
  start: number
  /** Offset after the last code unit. */
  end: number
}

const numeric = /^\p{Nd}[\p{Nd}.,]*$/u
const rangeDash = /^[-\u2010\u2011\u2012\u2013]$/u

/**
 * Splits `text` into word tokens with `Intl.Segmenter` for `lang` (default
 * `und`), keeping word-like segments only (words and numbers, no punctuation
 * or spaces). `İŞKUR’un`, `1.000,5` and `12.5` stay one token, and so do
 * number ranges such as `2015-2018` and `25–26`. Long texts are segmented in
 * chunks cut at white space, which no word spans.
 *
 * @example
 *   tokenize('25-26 Nisan’da') // => [{text: '25-26', start: 0, end: 5}, {text: 'Nisan’da', start: 6, end: 14}]
 */
export function tokenize(text: string, lang = 'und'): Token[] {
  if (typeof text !== 'string') throw new TypeError('tokenize: expected `text` to be a string')
  if (typeof lang !== 'string') throw new TypeError("tokenize: expected `lang` to be a language tag such as 'tr' (a string)")
  const segmenter = segmenterFor(lang, 'word')
  const tokens: Token[] = []
  for (const chunk of chunkText(text, /\s+/gu, 500)) {
    let dash: string | undefined
    for (const segment of segmenter.segment(text.slice(chunk.start, chunk.end))) {
      const index = chunk.start + segment.index
      const previous = tokens.at(-1)
      if (segment.isWordLike) {
        if (dash !== undefined && previous && numeric.test(previous.text) && numeric.test(segment.segment)) {
          previous.text += dash + segment.segment
          previous.end = index + segment.segment.length
        } else {
          tokens.push({text: segment.segment, start: index, end: index + segment.segment.length})
        }
        dash = undefined
      } else {
        const adjacent = previous !== undefined && previous.end === index
        dash = adjacent && rangeDash.test(segment.segment) ? segment.segment : undefined
      }
    }
  }
  return tokens
}
