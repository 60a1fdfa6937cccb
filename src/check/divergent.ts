import {saysUnrelated, unrelatedBelow} from '../align/unrelated-score.js'
import {evidenceOf, textOf} from './check-numbers.js'
import {unique} from './check-names.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import type {FindingInput} from './finding.js'
import {createFinding} from './finding.js'
import type {PairComparison} from './pair-comparison.js'

/** At least this many one-sided names and numbers… */
const minOneSided = 4

/**
 * …or a 1-1 pair whose bead score says unrelated (`unrelatedBelow`), both blocks being at least
 * this many characters long: shorter pairs (headings, list items) share too little evidence for
 * their score to mean much. On the real pairs (`npm run bench:align-scores`), no faithful 1-1
 * pair of that length scored below the threshold but one, while most paragraphs replaced by an
 * unrelated one did.
 */
const minScoredLength = 80

/**
 * `divergent`: an aligned pair that says different things. Either its names and numbers mostly
 * differ — at least four of them (digit numbers, acronyms, URLs, names the lexicon knows) are on
 * one side only, more than are on both sides — or it is a 1-1 pair of two long enough blocks
 * whose alignment score says they are unrelated (rewritten rather than translated).
 */
export function checkDivergent(context: CheckContext, pairs: readonly PairComparison[]): {findings: Finding[]; divergent: Set<PairComparison>} {
  const severity = context.settings.divergent
  const divergent = new Set<PairComparison>()
  if (severity === 'off') return {findings: [], divergent}
  const findings: Finding[] = []
  for (const pair of pairs) {
    const verdict = anchorVerdict(pair) ?? scoreVerdict(context, pair)
    if (!verdict) continue
    divergent.add(pair)
    findings.push(createFinding({rule: 'divergent', severity, source: pair.source, target: pair.target, ...verdict}))
  }
  return {findings, divergent}
}

type Verdict = Pick<FindingInput, 'message' | 'evidence' | 'highlight'>

/** Names and numbers mostly on one side only. */
function anchorVerdict(pair: PairComparison): Verdict | undefined {
  const {numbers, verbatim, known, matched} = pair.comparison
  const source = unique([...numbers.source, ...verbatim.source, ...known.source])
  const target = unique([...numbers.target, ...verbatim.target, ...known.target])
  const oneSided = source.length + target.length
  if (oneSided < minOneSided || oneSided <= matched) return undefined
  return {
    message: `Pair says different things: ${oneSided} names and numbers appear on one side only, ${matched} on both`,
    evidence: {score: pair.bead.score, matched, source: source.map(evidenceOf), target: target.map(evidenceOf)},
    highlight: {source: source.map(textOf), target: target.map(textOf)}
  }
}

/** A long enough 1-1 pair that the aligner scored as unrelated (nothing in particular to highlight: the whole pair). */
function scoreVerdict(context: CheckContext, pair: PairComparison): Verdict | undefined {
  const {bead} = pair
  if (!saysUnrelated(bead)) return undefined
  const sourceText = context.alignment.source.blocks[bead.source[0] ?? -1]?.text ?? ''
  const targetText = context.alignment.target.blocks[bead.target[0] ?? -1]?.text ?? ''
  if (Math.min(sourceText.length, targetText.length) < minScoredLength) return undefined
  return {
    message: `Pair reads as rewritten, not translated: its alignment score ${bead.score} is below ${unrelatedBelow}`,
    evidence: {score: bead.score, threshold: unrelatedBelow}
  }
}
