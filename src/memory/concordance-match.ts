import {matchTokens} from './match-tokens.js'
import type {TranslationUnit} from './types.js'

/**
 * Whether `text` contains the words of `term` in a row, each word of the
 * text starting with the term's word: case folded for `lang` (Turkish
 * `İ`/`I` included), and suffixes allowed, so `kurum` finds `Kurumları` and
 * `İŞKUR` finds `İŞKUR’un`.
 */
function containsTerm(text: string, termTokens: string[], lang: string): boolean {
  if (termTokens.length === 0) return false
  const tokens = matchTokens(text, lang)
  for (let start = 0; start + termTokens.length <= tokens.length; start++) {
    if (termTokens.every((word, offset) => (tokens[start + offset] as string).startsWith(word))) return true
  }
  return false
}

/** Whether either side of a unit contains `term`, each side folded with the rules of its own language. */
export function unitContainsTerm(unit: TranslationUnit, term: string): boolean {
  return (
    containsTerm(unit.source, matchTokens(term, unit.sourceLang), unit.sourceLang) ||
    containsTerm(unit.target, matchTokens(term, unit.targetLang), unit.targetLang)
  )
}
