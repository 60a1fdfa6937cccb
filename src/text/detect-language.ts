import {francAll} from 'franc'
import {foldCase} from './fold-case.js'
import {bcp47Code, francCode} from './language-codes.js'

/** Options of `detectLanguage`. */
export interface DetectLanguageOptions {
  /**
   * Candidate languages (BCP 47 or ISO 639-3 codes); only these can come out.
   * Default `['tr', 'en']`. Codes franc does not know are ignored.
   */
  languages?: readonly string[]
  /** Fewer letters than this gives `und`. Default `10`. */
  minLength?: number
}

/** A language guess: a BCP 47 subtag (`und` when unknown) and a confidence in [0, 1]. */
export interface LanguageGuess {
  lang: string
  confidence: number
}

const defaultLanguages = ['tr', 'en'] as const
const letters = /\p{L}/gu
const lower = /\p{Ll}/gu
const turkishCapitals = /[\u0130\u0131]/u

/**
 * Identifies the language of `text` with franc, restricted to the candidate
 * languages. ALL CAPS text is lower-cased first (with Turkish rules when it
 * holds `İ` or `ı`), which franc needs to read headings. Text with fewer than
 * `minLength` letters, or in a script none of the candidates use, is `und`
 * with confidence 0. The confidence is the margin to the runner-up.
 *
 * @example
 *   detectLanguage('DİĞER FAALİYETLERİMİZ') // => {lang: 'tr', confidence: …}
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  const only = [...new Set((options.languages ?? defaultLanguages).map((lang) => francCode(lang)))]
  const candidates = only.filter((code): code is string => code !== undefined)
  const letterCount = text.match(letters)?.length ?? 0
  if (candidates.length === 0 || letterCount < (options.minLength ?? 10)) return {lang: 'und', confidence: 0}
  const sample = foldCapitals(text, letterCount)
  const [best, second] = francAll(sample, {only: candidates, minLength: 1})
  if (!best || best[0] === 'und') return {lang: 'und', confidence: 0}
  const margin = second ? 1 - second[1] : 1
  return {lang: bcp47Code(best[0]), confidence: round(Math.min(1, Math.max(0, margin)))}
}

/** Lower-cases text that is mostly capitals, with Turkish rules when it has a dotted/dotless I. */
function foldCapitals(text: string, letterCount: number): string {
  const lowerCount = text.match(lower)?.length ?? 0
  if (lowerCount * 2 >= letterCount) return text
  return foldCase(text, turkishCapitals.test(text) ? 'tr' : 'und')
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
