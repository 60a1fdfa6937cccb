import type {Finding} from '../../../src/check/finding.js'

/** The parts of a finding a test looks at: rule, severity, message, blocks, evidence. */
export function summarize(findings: Finding[]) {
  return findings.map((finding) => ({
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.reason,
    source: finding.sourceLocation?.block ?? null,
    target: finding.targetLocation?.block ?? null,
    evidence: finding.evidence
  }))
}
