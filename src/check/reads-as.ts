import {isFunctionWord} from '../text/function-words.js'
import {weighWords, withoutVerbatim} from './word-evidence.js'

/** A sentence ends so; a title does not (`With Winget:` is a sentence, `Secure Design` a title). */
const terminal = /[.:!?…]["'”’)]*$/u
/** Votes for the other language this many times over those for `lang` outweigh them. */
const dominance = 4

/**
 * Whether `text` reads as prose of `lang` rather than of `other`: its words vote for `lang`
 * (function words, Turkish letters and suffixes — `weighWords`) at least four times as often as
 * for `other`, with two votes, or one in a sentence that ends like one (`With Winget:`) or in
 * a line of three words or more with a lower-case word (`Open the settings`).
 * Names, code and technical terms do not vote, so
 * `Kritik authentication, access control ve key flow'lar için threat modeling kullanın` is
 * Turkish, and `Add the following to a file starship.lua` English.
 *
 * @example
 *   readsAs('So... why not join our large, growing community.', 'en', 'tr') // => true
 */
export function readsAs(text: string, lang: string, other: string): boolean {
  const {votes, words} = weighWords(text, [lang, other])
  const mine = votes[lang] ?? 0
  const theirs = votes[other] ?? 0
  if (mine === 0 || mine < dominance * theirs) return false
  return mine >= 2 || (words.length >= 2 && terminal.test(text.trim())) || (words.length >= 3 && words.some(isPlainWord))
}

/** A lower-case word of letters only: ordinary prose, not a name (`settings` in `Open the settings`). */
function isPlainWord(word: string): boolean {
  return /^\p{Ll}{4,}$/u.test(word)
}

/** Short lower-case words that titles leave in lower case (`on`, `at`, `vs`). */
const minorWord = /^\p{Ll}{1,3}$/u

function capitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word)
}

/**
 * Whether `text` is written as a title: no closing punctuation, and every word but the
 * function words of `langs` and short words (`on`) starts with a capital or a digit (`OWASP Cheat Sheet: Secure
 * Design Principles`, `NIST – Guidelines on Minimum Standards for Developer Verification of Software`).
 */
export function isTitle(text: string, langs: readonly [string, string]): boolean {
  if (terminal.test(text.trim())) return false
  const content = titleWords(text, langs)
  return content.some(capitalised) && content.every((word) => capitalised(word) || minorWord.test(word))
}

/**
 * The words of a title that are not function words, as written between spaces (`Non-serializable`
 * is one capitalised word), code, URLs and template tags left out.
 */
export function titleWords(text: string, langs: readonly [string, string]): string[] {
  return withoutVerbatim(text)
    .split(/\s+/u)
    .map((chunk) => chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word) && !isFunctionWord(word, langs))
}

/**
 * Whether a title starts with a name: an acronym (`OWASP`, `NIST`), a code with digits
 * (`A04:2021`, `CWE-73`) or a word with a capital inside (`PowerShell`). Such titles name
 * a product, a standard or a catalogue entry and are kept in their language.
 */
export function ledByName(text: string, langs: readonly [string, string]): boolean {
  const first = weighWords(text, langs).words[0] ?? ''
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(first) || (/\p{L}/u.test(first) && /\p{N}/u.test(first)) || /\p{Ll}\p{Lu}/u.test(first)
}
