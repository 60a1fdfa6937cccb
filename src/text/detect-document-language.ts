import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'
import type {LanguageGuess} from './detect-language.js'
import {bcp47Code} from './language-codes.js'
import {rankLanguages} from './rank-languages.js'
import {turkishWordShare} from './turkish-evidence.js'

/** Every language franc knows: the trigram models, and the scripts that are one language each (`cmn`, `jpn`, `ell` …). */
const allLanguages = [...new Set([...Object.values(data).flatMap((models) => Object.keys(models)), ...Object.keys(expressions).filter((script) => !Object.hasOwn(data, script))])]
/** Pieces of the text read, and the letters of each: franc reads at most 2,048 characters. */
export const samplePieces = 4
export const samplePieceLength = 500
const minimumLetters = 10
const letters = /\p{L}/gu
const kana = /[\u3040-\u30ff]/gu
/** Japanese writes most content words in Han: text where this share of the letters is kana is Japanese. */
const kanaShare = 0.1
/** From this share of words with Turkish letters on, text is Turkish whatever franc says (as in `detectLanguage`). */
const turkishShare = 0.3

/**
 * The language of a whole document among all of franc's languages, read once: four pieces
 * spread over `text` (start, ¼, ½, ¾), so that a heading or a quote at the start does not decide.
 * Text with fewer than ten letters is `und`. Han text with kana is Japanese (franc calls it
 * Chinese when Han letters outnumber kana); Latin text whose words hold Turkish letters is Turkish.
 *
 * @example
 *   detectDocumentLanguage('Die Regierung hat am Montag neue Regeln für Mieter vorgestellt.') // => {lang: 'de', confidence: …}
 */
export function detectDocumentLanguage(text: string): LanguageGuess {
  return detectSampleLanguage(spreadSample(text))
}

/** `detectDocumentLanguage` of a sample already taken (`spreadSample`, or the same pieces read in parts). */
export function detectSampleLanguage(sample: string): LanguageGuess {
  const letterCount = sample.match(letters)?.length ?? 0
  if (letterCount < minimumLetters) return {lang: 'und', confidence: 0}
  if ((sample.match(kana)?.length ?? 0) >= kanaShare * letterCount) return {lang: 'ja', confidence: 1}
  const [best, second] = rankLanguages(sample, allLanguages)
  if (!best || best[0] === 'und') return {lang: 'und', confidence: 0}
  if (best[0] !== 'tur' && turkishWordShare(sample, false) >= turkishShare) return {lang: 'tr', confidence: 1}
  const margin = second ? 1 - second[1] : 1
  return {lang: bcp47Code(best[0]), confidence: Math.round(1000 * (1 - Math.exp(-margin * Math.sqrt(letterCount) / 2))) / 1000}
}

/** Up to four pieces of about 500 characters from evenly spread places, each starting at a word. */
export function spreadSample(text: string): string {
  if (text.length <= samplePieces * samplePieceLength) return text
  const parts: string[] = []
  for (let piece = 0; piece < samplePieces; piece++) {
    const from = Math.floor((piece * text.length) / samplePieces)
    const start = piece === 0 ? 0 : text.indexOf(' ', from) + 1
    parts.push(text.slice(start, start + samplePieceLength))
  }
  return parts.join(' ')
}
