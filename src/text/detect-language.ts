import {francAll} from 'franc'
import {foldCase} from './fold-case.js'
import {bcp47Code, francCode} from './language-codes.js'
import {turkishWordShare} from './turkish-evidence.js'

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
const dottedOrDotless = /[\u0130\u0131]/u
/** From this share of words with Turkish letters on, text is Turkish whatever franc says. */
const turkishShare = 0.3

/**
 * Identifies the language of `text` with franc, restricted to the candidate
 * languages. Text with `İ` or `ı` is lower-cased with Turkish rules first
 * (franc lower-cases `İ` to `i̇` otherwise, which spoils ALL CAPS headings).
 * When Turkish is a candidate, text where at least 30% of the words hold
 * letters only Turkish uses among the candidates (`ğ ı ş`, and `ç ö ü` against
 * English) is Turkish: franc misreads short Turkish headings. Text with fewer
 * than `minLength` letters, or in a script none of the candidates use, is
 * `und` with confidence 0. The confidence is franc's margin to the runner-up.
 *
 * @example
 *   detectLanguage('DİĞER FAALİYETLERİMİZ') // => {lang: 'tr', confidence: 0.623}
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  const codes = (options.languages ?? defaultLanguages).map((lang) => francCode(lang))
  const candidates = [...new Set(codes.filter((code): code is string => code !== undefined))]
  const letterCount = text.match(letters)?.length ?? 0
  if (candidates.length === 0 || letterCount < (options.minLength ?? 10)) return {lang: 'und', confidence: 0}
  if (candidates.includes('tur')) {
    const share = turkishWordShare(text, candidates.every((code) => code === 'tur' || code === 'eng'))
    if (share >= turkishShare) return {lang: 'tr', confidence: round(Math.min(1, share))}
  }
  const sample = dottedOrDotless.test(text) ? foldCase(text, 'tr') : text
  const [best, second] = francAll(sample, {only: candidates, minLength: 1})
  if (!best || best[0] === 'und') return {lang: 'und', confidence: 0}
  const margin = second ? 1 - second[1] : 1
  return {lang: bcp47Code(best[0]), confidence: round(Math.min(1, Math.max(0, margin)))}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
