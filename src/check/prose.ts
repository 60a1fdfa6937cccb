import {tokenize} from '../text/tokenize.js'

/** A word that starts with a lower-case letter: ordinary prose, not a name, number or acronym. */
const proseWord = /^\p{Ll}\p{L}/u

/**
 * Counts the ordinary words of `text`: tokens that start with a lower-case
 * letter and are at least two letters long. Names (`Ankara`), acronyms
 * (`OECD`), numbers and code-like tokens (`filterText` counts, being a
 * lower-case word) — names and numbers do not. Blocks with few prose words
 * are names-only or numbers-only, which several rules leave alone.
 *
 * @example
 *   countProseWords('İŞKUR hosted WAPES in 2015') // => 2
 */
export function countProseWords(text: string, lang = 'und'): number {
  let count = 0
  for (const token of tokenize(text, lang)) if (proseWord.test(token.text)) count++
  return count
}

/** Whether `text` has letters or digits at all (a block of spaces or dashes has none). */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text)
}
