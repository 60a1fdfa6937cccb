import {foldCase} from '../text/fold-case.js'
import {primaryLang} from '../text/primary-lang.js'
import {splitSuffix} from '../text/split-suffix.js'
import {tokenize} from '../text/tokenize.js'

/** Turkish final consonants that soften before a vowel suffix: `kitap` → `kitabı`, `birlik` → `birliği`. */
const softened: Record<string, string> = {p: 'b', ç: 'c', t: 'd', k: 'ğ'}
/** Longest suffix a Turkish word may add to a term (`-lerinden`). */
const maxTurkishSuffix = 8

/**
 * Whether `term` occurs in `text`, both in `lang`: case folded with the
 * language's rules, words in order. In Turkish the term's last word may carry
 * a suffix — after an apostrophe (`İŞKUR’un`), appended (`kurumları`), with
 * the final consonant softened (`birliği`); in English a plural or
 * possessive (`agencies`, `agency's`). In French, Italian and Catalan an
 * elided article or preposition is not part of the word (`l'accepteur`,
 * `d’un`, `dell'anno`). Other languages match whole words.
 *
 * @example
 *   termOccurs('İŞKUR’un çalışmaları', 'İŞKUR', 'tr') // => true
 */
export function termOccurs(text: string, term: string, lang: string): boolean {
  const words = tokenize(text, lang).map((token) => unelide(foldCase(token.text, lang), lang))
  const parts = tokenize(term, lang).map((token) => unelide(foldCase(token.text, lang), lang))
  if (parts.length === 0) return false
  const last = parts.length - 1
  for (let start = 0; start + parts.length <= words.length; start++) {
    const fits = parts.every((part, offset) => {
      const word = words[start + offset] ?? ''
      return offset === last ? endsTerm(word, part, lang) : word === part
    })
    if (fits) return true
  }
  return false
}

/** Elided words written before an apostrophe, by language. */
const elisions: Record<string, Set<string>> = {
  fr: new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']),
  it: new Set(['l', 'd', 'un', 'dell', 'all', 'dall', 'nell', 'sull', 'quest', 'quell', 'c']),
  ca: new Set(['l', 'd', 'm', 't', 's', 'n'])
}

/** `word` (folded) without an elided article or preposition before its apostrophe, in the languages that write them. */
function unelide(word: string, lang: string): string {
  const known = elisions[lang.split(/[-_]/)[0]?.toLowerCase() ?? '']
  const match = known && /^(\p{L}{1,7})['’](?=\p{L})/u.exec(word)
  return match && known.has(match[1] as string) ? word.slice(match[0].length) : word
}

function endsTerm(word: string, part: string, lang: string): boolean {
  if (word === part) return true
  const primary = primaryLang(lang)
  if (primary === 'tr') return turkishForm(word, part)
  if (primary === 'en') return /^(?:s|es|'s|’s)$/.test(word.startsWith(part) ? word.slice(part.length) : '') || englishPlural(word, part)
  return false
}

function turkishForm(word: string, part: string): boolean {
  if (splitSuffix(word).stem === part) return true
  const stems = [part]
  const final = part.at(-1) ?? ''
  if (softened[final] !== undefined && part.length > 2) stems.push(part.slice(0, -1) + softened[final])
  return stems.some((stem) => word.startsWith(stem) && word.length - stem.length <= maxTurkishSuffix && /^\p{Ll}+$/u.test(word.slice(stem.length)))
}

function englishPlural(word: string, part: string): boolean {
  return part.endsWith('y') && word === `${part.slice(0, -1)}ies`
}
