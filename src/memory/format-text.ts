import {displayTags} from './tag-display.js'
import type {ConsistencyReport, DiffPart, Match, MemoryStats, TranslationUnit} from './types.js'

/** The diff as a line of text: deletions (query only) as `[-…-]`, insertions (match only) as `{+…+}`. */
function formatDiff(diff: DiffPart[]): string {
  return diff.map((part) => (part.type === 'equal' ? part.text : part.type === 'delete' ? `[-${part.text}-]` : `{+${part.text}+}`)).join('')
}

/** Matches for a terminal: score, diff of the query against the match, translation. */
export function formatMatches(matches: Match[]): string {
  if (matches.length === 0) return 'no match\n'
  return matches
    .map((match) => `${match.score.toFixed(1).padStart(5)}  ${formatDiff(match.diff)}\n       → ${match.target}\n`)
    .join('')
}

/** Units as source → target lines, inline tags as `{1}`…`{/1}` (see `displayTags`). */
export function formatUnits(units: TranslationUnit[]): string {
  if (units.length === 0) return 'no unit\n'
  return units
    .map((unit) => {
      const [source, target] = displayTags({text: unit.source, tags: unit.sourceTags ?? []}, {text: unit.target, tags: unit.targetTags ?? []})
      return `${source.text}\n  → ${target.text}\n`
    })
    .join('')
}

export function formatConsistency(report: ConsistencyReport): string {
  const lines: string[] = []
  for (const [title, list] of [['Same source, different targets', report.sameSource], ['Same target, different sources', report.sameTarget]] as const) {
    lines.push(`${title}: ${list.length}`)
    for (const item of list) lines.push(`  ${item.text}`, ...item.translations.map((translation) => `    → ${translation}`))
  }
  return lines.join('\n') + '\n'
}

export function formatStats(stats: MemoryStats): string {
  const pairs = stats.pairs.map((pair) => `  ${pair.sourceLang} → ${pair.targetLang}: ${pair.units} unit${pair.units === 1 ? '' : 's'}`)
  return [`units: ${stats.units}`, ...pairs, `source words: ${stats.sourceWords}`, `target words: ${stats.targetWords}`].join('\n') + '\n'
}
