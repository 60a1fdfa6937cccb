import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'
import type {LanguageGuess} from './detect-language.js'
import {intlKnows} from './intl-knows.js'
import {bcp47Code} from './language-codes.js'
import type {LanguageScore} from './rank-languages.js'
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
 * A language ICU has no locale data for (Scots, Kapampangan …, far less often written than the
 * languages it has) wins only by a clear lead over the best language ICU knows (`rarerLead`):
 * short English is otherwise often taken for Scots.
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
  const ranked = rankLanguages(sample, allLanguages)
  const best = ranked[0]
  if (!best || best[0] === 'und') return {lang: 'und', confidence: 0}
  if (best[0] !== 'tur' && turkishWordShare(sample, false) >= turkishShare) return {lang: 'tr', confidence: 1}
  const [chosen, next] = withKnownFirst(ranked, letterCount)
  const margin = next ? chosen[1] - next[1] : 1
  return {lang: bcp47Code(chosen[0]), confidence: Math.round(1000 * (1 - Math.exp(-margin * Math.sqrt(letterCount) / 2))) / 1000}
}

/**
 * The lead over the best language ICU knows, times the square root of the letters read, that a
 * language ICU does not know needs to be chosen: the scale on which `confidence` reads a margin
 * (a lead of 0.05 at 100 letters, 0.011 at 2,000). On 100 to 400 characters of the NTREX news,
 * English was read as Scots in 21, 15 and 5 of 98 samples, and is then in 3, 3 and 0; the ten other
 * languages (all known to ICU) are read as before (Russian is still read as Bulgarian in 13 of 98
 * samples of 100 characters: both known).
 */
const rarerLead = 0.5

/**
 * The language to take from franc's ranking and the runner-up its margin is counted against:
 * the first, unless it is one ICU has no locale data for and the best language ICU knows is
 * within `rarerLead` of it; then that language, against the next language ICU knows.
 */
function withKnownFirst(ranked: readonly LanguageScore[], letters: number): [LanguageScore, LanguageScore | undefined] {
  const [best, second] = ranked as [LanguageScore, LanguageScore | undefined]
  if (known(best[0])) return [best, second]
  const at = ranked.findIndex((candidate) => known(candidate[0]))
  const candidate = ranked[at]
  if (!candidate || (best[1] - candidate[1]) * Math.sqrt(letters) >= rarerLead) return [best, second]
  return [candidate, ranked.slice(at + 1).find((other) => known(other[0]))]
}

/** Whether ICU has locale data for a franc language (ISO 639-3). */
function known(code: string): boolean {
  return intlKnows(Intl.DateTimeFormat, bcp47Code(code))
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
