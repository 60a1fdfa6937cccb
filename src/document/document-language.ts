import type {LanguageGuess} from '../text/detect-language.js'

/**
 * The language of a document from its blocks' guesses: the language with the
 * most text, its confidence the share of identified text it covers; `und`
 * when no block was identified.
 */
export function documentLanguage(blocks: ReadonlyArray<{text: string; lang: string}>): LanguageGuess {
  const lengths = new Map<string, number>()
  for (const block of blocks) tallyLanguage(lengths, block.lang, block.text.length)
  return bestLanguage(lengths)
}

/** Counts `length` characters of text in `lang` (`und` is not counted); `lengths` keeps the languages in the order met. */
export function tallyLanguage(lengths: Map<string, number>, lang: string, length: number): void {
  if (lang !== 'und') lengths.set(lang, (lengths.get(lang) ?? 0) + length)
}

/** `documentLanguage` of the lengths counted by `tallyLanguage`. */
export function bestLanguage(lengths: ReadonlyMap<string, number>): LanguageGuess {
  let total = 0
  for (const length of lengths.values()) total += length
  let best: LanguageGuess = {lang: 'und', confidence: 0}
  for (const [lang, length] of lengths) {
    const confidence = Math.round((length / total) * 1000) / 1000
    if (confidence > best.confidence) best = {lang, confidence}
  }
  return best
}
