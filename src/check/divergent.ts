import {evidenceOf, textOf} from './check-numbers.js'
import {unique} from './check-names.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import type {PairComparison} from './pair-comparison.js'

/** At least this many one-sided names and numbers… */
const minOneSided = 4

/**
 * `divergent`: an aligned pair that says different things: its names and
 * numbers mostly differ — at least four of them (digit numbers, acronyms,
 * URLs, names the lexicon knows) are on one side only, more than are on both
 * sides. (The aligner's bead score is carried as evidence but not used: it is
 * low for many faithful pairs without anchors, such as short headings.)
 */
export function checkDivergent(context: CheckContext, pairs: readonly PairComparison[]): {findings: Finding[]; divergent: Set<PairComparison>} {
  const severity = context.settings.divergent
  const divergent = new Set<PairComparison>()
  if (severity === 'off') return {findings: [], divergent}
  const findings: Finding[] = []
  for (const pair of pairs) {
    const {numbers, verbatim, known, matched} = pair.comparison
    const source = unique([...numbers.source, ...verbatim.source, ...known.source])
    const target = unique([...numbers.target, ...verbatim.target, ...known.target])
    const oneSided = source.length + target.length
    const mostlyDiffer = oneSided >= minOneSided && oneSided > matched
    if (!mostlyDiffer) continue
    divergent.add(pair)
    findings.push(
      createFinding({
        rule: 'divergent',
        severity,
        message: `Pair says different things: ${oneSided} names and numbers appear on one side only, ${matched} on both`,
        source: pair.source,
        target: pair.target,
        evidence: {score: pair.bead.score, matched, source: source.map(evidenceOf), target: target.map(evidenceOf)},
        highlight: {source: source.map(textOf), target: target.map(textOf)}
      })
    )
  }
  return {findings, divergent}
}
