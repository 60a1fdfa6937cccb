import type {LanguageGuess} from '../text/detect-language.js'

/**
 * The language of a document from its blocks' guesses: the language with the
 * most text, its confidence the share of identified text it covers; `und`
 * when no block was identified.
 */
export function documentLanguage(blocks: ReadonlyArray<{text: string; lang: string}>): LanguageGuess {
  const lengths = new Map<string, number>()
  let total = 0
  for (const block of blocks) {
    if (block.lang === 'und') continue
    lengths.set(block.lang, (lengths.get(block.lang) ?? 0) + block.text.length)
    total += block.text.length
  }
  let best: LanguageGuess = {lang: 'und', confidence: 0}
  for (const [lang, length] of lengths) {
    const confidence = Math.round((length / total) * 1000) / 1000
    if (confidence > best.confidence) best = {lang, confidence}
  }
  return best
}
