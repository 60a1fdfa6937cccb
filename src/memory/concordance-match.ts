import {matchTokens} from './match-tokens.js'

/**
 * Whether `text` contains the words of `term` in a row, each word of the
 * text starting with the term's word: case folded for `lang` (Turkish
 * `İ`/`I` included), and suffixes allowed, so `kurum` finds `Kurumları` and
 * `İŞKUR` finds `İŞKUR’un`.
 */
export function containsTerm(text: string, termTokens: string[], lang: string): boolean {
  if (termTokens.length === 0) return false
  const tokens = matchTokens(text, lang)
  for (let start = 0; start + termTokens.length <= tokens.length; start++) {
    if (termTokens.every((word, offset) => (tokens[start + offset] as string).startsWith(word))) return true
  }
  return false
}
