import {evidenceOf} from './check-numbers.js'
import {unique} from './check-names.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import type {PairComparison} from './pair-comparison.js'

/** At least this many one-sided names and numbers… */
const minOneSided = 4
/** Beads scored below this by the aligner are weak (when the pair has text to judge). */
const weakScore = 0.1

/**
 * `divergent`: an aligned pair that says different things. Either its names
 * and numbers mostly differ — at least four of them (digit numbers, acronyms,
 * URLs, names the lexicon knows) are on one side only, more than are on both
 * sides — or the aligner scored the pair as very weak.
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
    if (!mostlyDiffer && pair.bead.score >= weakScore) continue
    divergent.add(pair)
    findings.push(
      createFinding({
        rule: 'divergent',
        severity,
        message: mostlyDiffer
          ? `Pair says different things: ${oneSided} names and numbers appear on one side only, ${matched} on both`
          : `Pair is aligned only weakly (score ${pair.bead.score.toFixed(2)}): check that the target translates the source`,
        source: pair.source,
        target: pair.target,
        evidence: {score: pair.bead.score, matched, source: source.map(evidenceOf), target: target.map(evidenceOf)}
      })
    )
  }
  return {findings, divergent}
}
