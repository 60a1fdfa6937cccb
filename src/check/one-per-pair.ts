import type {Finding} from './finding.js'
import {severityRank} from './rule-table.js'
import type {RuleId} from './types.js'

/**
 * Rules that judge an aligned pair as a whole, most specific first: when
 * several fire on one pair, the first explains it best (a changed number
 * explains a "divergent" pair).
 */
const pairRules: readonly string[] = ['code-mismatch', 'link-mismatch', 'number-mismatch', 'name-mismatch', 'outdated', 'divergent']

/** Another rule's verdict on the same pair, kept as evidence of the finding that explains it. */
interface AlsoFinding {
  rule: RuleId
  severity: string
  message: string
  evidence: Record<string, unknown>
}

/**
 * One divergence, one finding: of the pair rules that fire on the same block
 * pair, keeps the loudest (then the most specific) and attaches the others to
 * it as `evidence.also`. Other findings pass through in their order.
 *
 * @example
 *   onePerPair([numberMismatch, divergent]) // => [numberMismatch with evidence.also: [divergent]]
 */
export function onePerPair(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>()
  for (const finding of findings) {
    const key = pairKey(finding)
    if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), finding])
  }
  const dropped = new Set<Finding>()
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const [best, ...rest] = [...group].sort(byExplanation)
    if (!best) continue
    best.evidence = {...best.evidence, also: rest.map(toAlso)}
    for (const finding of rest) dropped.add(finding)
  }
  for (const finding of copiedOver(findings, dropped)) dropped.add(finding)
  return findings.filter((finding) => !dropped.has(finding))
}

/**
 * `divergent` verdicts on pairs whose target block is a copy pasted over the translation
 * (`duplicate`): the copy says something else because it is a copy, so its finding explains the
 * pair, and takes the verdict as `evidence.also`.
 */
function copiedOver(findings: readonly Finding[], dropped: ReadonlySet<Finding>): Finding[] {
  const copies = new Map(findings.flatMap((finding) => (finding.ruleId === 'duplicate' && finding.targetLocation ? [[finding.targetLocation.block, finding]] : [])))
  const explained: Finding[] = []
  for (const finding of findings) {
    const copy = finding.ruleId === 'divergent' && !dropped.has(finding) ? copies.get(finding.targetLocation?.block ?? -1) : undefined
    if (!copy) continue
    copy.evidence = {...copy.evidence, also: [...((copy.evidence.also as AlsoFinding[] | undefined) ?? []), toAlso(finding)]}
    explained.push(finding)
  }
  return explained
}

/** The block pair (or the sentence pair of a long block pair) a pair-rule finding sits on, or `undefined` for other findings. */
function pairKey(finding: Finding): string | undefined {
  const {sourceLocation: source, targetLocation: target} = finding
  if (!pairRules.includes(finding.ruleId) || !source || !target) return undefined
  return `${source.block}.${source.sentence ?? ''}:${target.block}.${target.sentence ?? ''}`
}

function byExplanation(a: Finding, b: Finding): number {
  return severityRank[b.severity] - severityRank[a.severity] || pairRules.indexOf(a.ruleId) - pairRules.indexOf(b.ruleId)
}

function toAlso(finding: Finding): AlsoFinding {
  return {rule: finding.ruleId, severity: finding.severity, message: finding.reason, evidence: finding.evidence}
}
