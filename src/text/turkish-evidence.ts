import {foldCase} from './fold-case.js'

/** Letters of Turkish that no other Latin-script candidate shares: ğ, ı, ş (after Turkish case folding). */
const turkishOnly = /[ğış]/u
/** Letters of Turkish that English never uses: also ç, ö, ü and the circumflexed vowels. */
const notEnglish = /[çğıöşüâîû]/u
const wordPattern = /[\p{L}'’]+/gu
const acronym = /^[\p{Lu}'’]{2,}$/u

/**
 * The share of words that hold Turkish letters, acronyms (`İŞKUR`) left out:
 * `ğ ı ş` only, or also `ç ö ü â î û` when the other candidates are English
 * only. Words are lower-cased with Turkish rules when the text has `İ` or `ı`.
 */
export function turkishWordShare(text: string, onlyEnglishBesides: boolean): number {
  const words = text.match(wordPattern) ?? []
  const letters = onlyEnglishBesides ? notEnglish : turkishOnly
  const lang = /[\u0130\u0131]/u.test(text) ? 'tr' : 'und'
  let counted = 0
  let turkish = 0
  for (const word of words) {
    if (acronym.test(word)) continue
    counted++
    if (letters.test(foldCase(word, lang))) turkish++
  }
  return counted === 0 ? 0 : turkish / counted
}
