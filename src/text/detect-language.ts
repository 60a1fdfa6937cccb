import {foldCase} from './fold-case.js'
import {bcp47Code, francCode} from './language-codes.js'
import {rankLanguages} from './rank-languages.js'
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
 * English) is Turkish, with at least that share as confidence: franc misreads
 * short Turkish headings. Text with fewer
 * than `minLength` letters, or in a script none of the candidates use, is
 * `und` with confidence 0. The confidence grows with franc's margin to the
 * runner-up and with the length of the text (see `calibrate`).
 *
 * @example
 *   detectLanguage('DİĞER FAALİYETLERİMİZ') // => {lang: 'tr', confidence: 0.752}
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageGuess {
  if (typeof text !== 'string') throw new TypeError('detectLanguage: expected `text` to be a string')
  const codes = (options.languages ?? defaultLanguages).map((lang) => francCode(lang))
  const candidates = [...new Set(codes.filter((code): code is string => code !== undefined))]
  const letterCount = text.match(letters)?.length ?? 0
  if (candidates.length === 0 || letterCount < (options.minLength ?? 10)) return {lang: 'und', confidence: 0}
  const guess = francGuess(text, candidates, letterCount)
  if (!candidates.includes('tur')) return guess
  const share = turkishWordShare(text, candidates.every((code) => code === 'tur' || code === 'eng'))
  if (share < turkishShare) return guess
  return {lang: 'tr', confidence: guess.lang === 'tr' ? Math.max(guess.confidence, round(share)) : round(share)}
}

/** franc's answer among the candidates, with a calibrated confidence. */
function francGuess(text: string, candidates: string[], letterCount: number): LanguageGuess {
  const sample = dottedOrDotless.test(text) ? foldCase(text, 'tr') : text
  const [best, second] = rankLanguages(sample, candidates)
  if (!best || best[0] === 'und') return {lang: 'und', confidence: 0}
  if (!second) return {lang: bcp47Code(best[0]), confidence: 1}
  return {lang: bcp47Code(best[0]), confidence: calibrate(1 - second[1], letterCount)}
}

/**
 * Turns franc's margin to the runner-up into a confidence: evidence grows
 * with the margin and with the square root of the length, so a long
 * paragraph with a small margin is surer than a short heading with a large one.
 * `1 - e^(-margin × √letters / 2)`: margin 0.2 over 600 letters gives 0.91,
 * margin 0.6 over 20 letters 0.74, margin 0.02 over 12 letters 0.03.
 */
function calibrate(margin: number, letterCount: number): number {
  return round(1 - Math.exp((-Math.max(0, margin) * Math.sqrt(letterCount)) / 2))
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
