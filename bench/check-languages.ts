/**
 * bench:check-languages — how `check` does on pairs of English and another language, with no
 * lexicon: the first 400 NTREX sentences as paragraphs (`../shared/corpora/ntrex-multi`, and the
 * Turkish of `ntrex-en-tr`), English against each translation, one paragraph in ten (the 6th, 16th
 * …) replaced by a later, unrelated one of the same translation. Prints, per language, the faithful
 * target paragraphs with a warning or error of any rule (false alarms: the translations are
 * faithful, though some convert units) and the replaced ones found, by any rule and by the score
 * verdict of `divergent`. Figures only: never fails.
 *
 * `--lines`: the same sentences written one a line with no blank line between them, as sentence
 * aligners take them: each side is one block, judged sentence bead by sentence bead, and a finding
 * counts for every line it spans. `--window N`: the same, checked as files of N lines (a page).
 */
import {align} from '../src/align/align.js'
import {check} from '../src/check/check.js'
import type {Finding} from '../src/check/finding.js'
import {parseDocumentPair} from '../src/document/read-document-pair.js'
import {ntrexFiles as files, readCorpusLines} from './check/ntrex-languages.js'

const paragraphs = 400
const lines = readCorpusLines
const windowArgument = process.argv.indexOf('--window')
/** With `--window N`, the sentences one a line, checked N lines at a time (short files); else all 400 at once. */
const window = windowArgument >= 0 ? Number(process.argv[windowArgument + 1]) : paragraphs
const oneALine = process.argv.includes('--lines') || windowArgument >= 0
const separator = oneALine ? '\n' : '\n\n'

const shape = window < paragraphs ? `sentences one a line, checked as files of ${window} lines` : oneALine ? 'sentences one a line (one block a side)' : 'paragraphs'
console.log(`bench:check-languages — 400 NTREX ${shape}, English → each language, 1 in 10 replaced by unrelated text\n`)
console.log('lang  faithful flagged   replaced found (any rule)   replaced found (score verdict)')
const totals = {faithful: 0, found: 0, scored: 0, replaced: 0, kept: 0}
for (const [lang, file] of Object.entries(files)) {
  const target = lines(file)
  const source = lines('ntrex-multi/eng.txt').slice(0, paragraphs)
  const translated = target.slice(0, paragraphs)
  const replaced = new Set<number>()
  for (let index = 5; index < paragraphs; index += 10) replaced.add(index), (translated[index] = target[1500 + index] ?? '')
  const flagged = new Set<number>()
  const scored = new Set<number>()
  for (let from = 0; from < paragraphs; from += window) {
    const text = (lines: string[]) => lines.slice(from, from + window).join(separator)
    // Read as `bitext check` reads a pair of files: plain text read alike (`parseDocumentPair`).
    const alignment = align(...(await parseDocumentPair(text(source), text(translated), {source: {format: 'text', lang: 'en'}, target: {format: 'text', lang}})))
    for (const finding of check(alignment) as Finding[]) {
      const place = finding.targetLocation
      if (!place || finding.severity === 'info') continue
      for (const line of targetLines(place)) {
        flagged.add(from + line)
        if (finding.ruleId === 'divergent' && finding.reason.startsWith('Pair reads as rewritten')) scored.add(from + line)
      }
    }
  }
  const faithful = [...flagged].filter((block) => !replaced.has(block)).length
  const found = [...flagged].filter((block) => replaced.has(block)).length
  const byScore = [...scored].filter((block) => replaced.has(block)).length
  Object.assign(totals, {faithful: totals.faithful + faithful, found: totals.found + found, scored: totals.scored + byScore, replaced: totals.replaced + replaced.size, kept: totals.kept + paragraphs - replaced.size})
  console.log(`${lang.padEnd(4)}  ${String(faithful).padStart(3)} of ${paragraphs - replaced.size}        ${String(found).padStart(3)} of ${replaced.size}                     ${String(byScore).padStart(3)} of ${replaced.size}`)
}
console.log(`\nall   ${totals.faithful} of ${totals.kept} faithful flagged; ${totals.found} of ${totals.replaced} replaced found (${totals.scored} by score)`)

/** The paragraphs (0-based) a finding's target place covers: its block, or with `--lines` every line it spans. */
function targetLines(place: {block: number; line: number; endLine: number}): number[] {
  if (!oneALine) return [place.block]
  return Array.from({length: place.endLine - place.line + 1}, (_, offset) => place.line - 1 + offset)
}
