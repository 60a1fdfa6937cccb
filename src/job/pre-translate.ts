import type {TranslationMemory} from '../memory/translation-memory.js'
import type {Match} from '../memory/types.js'
import type {JobBlock} from './plan-job.js'

/** What the memory offers for one sentence: the exact translation, and fuzzy suggestions. */
export interface Suggestions {
  /** The target of a match scoring 100, or `null`. */
  exact: string | null
  /** Matches at or above the lowest score, below 100, best first. */
  fuzzy: Array<{source: string; target: string; score: number}>
}

/** Options of `preTranslate`. */
export interface PreTranslateOptions {
  /** Lowest fuzzy score offered, in (0, 100). Default `75`. */
  minScore?: number
  /** Most fuzzy suggestions per sentence. Default `3`. */
  limit?: number
  sourceLang?: string
  targetLang?: string
}

/** Looks every sentence of the job up in the memory: one `Suggestions` per sentence, block by block. */
export async function preTranslate(blocks: readonly JobBlock[], memory: TranslationMemory, options: PreTranslateOptions = {}): Promise<Suggestions[][]> {
  const lookup = {minScore: options.minScore ?? 75, limit: (options.limit ?? 3) + 1, ...languages(options)}
  const result: Suggestions[][] = []
  for (const block of blocks) {
    const perSentence: Suggestions[] = []
    for (const sentence of block.sentences) perSentence.push(toSuggestions(await memory.lookup(sentence, lookup), options.limit ?? 3))
    result.push(perSentence)
  }
  return result
}

function languages(options: PreTranslateOptions) {
  return {
    ...(options.sourceLang === undefined ? {} : {sourceLang: options.sourceLang}),
    ...(options.targetLang === undefined ? {} : {targetLang: options.targetLang})
  }
}

function toSuggestions(matches: Match[], limit: number): Suggestions {
  const exact = matches.find((match) => match.score === 100)
  const fuzzy = matches.filter((match) => match.score < 100).slice(0, limit)
  return {exact: exact?.target ?? null, fuzzy: fuzzy.map((match) => ({source: match.source, target: match.target, score: match.score}))}
}
