import {penalty, resolveFuzzyOptions, similarity} from '../../src/memory/fuzzy-score.js'
import {matchTokens} from '../../src/memory/match-tokens.js'
import type {TranslationUnit} from '../../src/memory/types.js'

/**
 * The textbook exhaustive lookup, written apart from the library's: the full
 * Levenshtein table between the query and every unit's source, no filter, no
 * bound. The benchmark's second reference (and a check independent of the
 * stores' candidate code).
 */
export function createNaiveScan(units: TranslationUnit[]): (query: string) => Array<[string, string, number]> {
  const tokens = units.map((unit) => matchTokens(unit.source, 'en'))
  const options = resolveFuzzyOptions()
  return (query) => {
    const keys = matchTokens(query, 'en')
    if (keys.length === 0) return []
    const scored: Array<{index: number; score: number}> = []
    tokens.forEach((candidate, index) => {
      const base = similarity(levenshtein(keys, candidate), Math.max(keys.length, candidate.length))
      if (base < 70) return
      const unit = units[index] as TranslationUnit
      const score = base - penalty({text: query, tokens: keys}, {text: unit.source, tokens: candidate}, options)
      if (score >= 70) scored.push({index, score})
    })
    scored.sort((a, b) => b.score - a.score || a.index - b.index)
    return scored.slice(0, 5).map(({index, score}) => {
      const unit = units[index] as TranslationUnit
      return [unit.source, unit.target, Math.round(score * 10) / 10]
    })
  }
}

function levenshtein(a: string[], b: string[]): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j - 1] as number) + cost, (previous[j] as number) + 1, (current[j - 1] as number) + 1)
    }
    previous = current
  }
  return previous[b.length] as number
}
