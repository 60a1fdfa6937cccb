import {VFileMessage} from 'vfile-message'
import {findingFingerprint} from './fingerprint.js'
import type {FindingHighlight, FindingJson, FindingLocation, RuleId, Severity} from './types.js'

/**
 * A finding: a vfile message (so unified's reporters and tooling read it)
 * with `ruleId`, `source: 'bitext'`, `place`, `file`, `url` and `fatal`
 * (`true` for errors, `false` for warnings, `null` for info), plus the
 * bitext fields below.
 */
export interface Finding extends VFileMessage {
  ruleId: RuleId
  severity: Severity
  /** What the finding rests on, as plain data (numbers on each side, …). */
  evidence: Record<string, unknown>
  /** Texts to mark on each side (the HTML report marks exactly these); `undefined` when none. */
  highlight: FindingHighlight | undefined
  /** Stable hash of rule and normalised texts, for baselines and SARIF. */
  fingerprint: string
  sourceLocation: FindingLocation | null
  targetLocation: FindingLocation | null
}

/** What a rule says about one divergence. */
export interface FindingInput {
  rule: RuleId
  severity: Severity
  message: string
  source: FindingLocation | null
  target: FindingLocation | null
  evidence?: Record<string, unknown>
  /** Texts to mark on each side, as written there; empty sides are dropped. */
  highlight?: {source?: readonly string[]; target?: readonly string[]}
  /** Tells apart findings of one rule on the same texts (a glossary term, …). */
  key?: string
}

/** Builds a finding; the target location is the primary place when there is one. */
export function createFinding(input: FindingInput): Finding {
  const primary = input.target ?? input.source
  const message = new VFileMessage(input.message, {
    ruleId: input.rule,
    source: 'bitext',
    place: primary ? toPosition(primary) : null
  })
  message.fatal = input.severity === 'error' ? true : input.severity === 'warning' ? false : null
  if (primary?.path !== undefined) message.file = primary.path
  return Object.assign(message, {
    ruleId: input.rule,
    severity: input.severity,
    evidence: input.evidence ?? {},
    highlight: toHighlight(input.highlight),
    fingerprint: findingFingerprint(input.rule, input.source?.text ?? '', input.target?.text ?? '', input.key),
    sourceLocation: input.source,
    targetLocation: input.target
  })
}

/** A finding as plain JSON data (what `--format json` prints). */
export function toFindingJson(finding: Finding): FindingJson {
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.reason,
    source: finding.sourceLocation,
    target: finding.targetLocation,
    evidence: finding.evidence,
    ...(finding.highlight ? {highlight: finding.highlight} : {}),
    fingerprint: finding.fingerprint
  }
}

/** A highlight of texts on one side only. */
export function highlightOn(side: 'source' | 'target', texts: readonly string[]): NonNullable<FindingInput['highlight']> {
  return side === 'source' ? {source: texts} : {target: texts}
}

/** Keeps the sides with something to mark (each text once); `undefined` when neither has any. */
function toHighlight(input: FindingInput['highlight']): FindingHighlight | undefined {
  const highlight: FindingHighlight = {}
  for (const side of ['source', 'target'] as const) {
    const texts = [...new Set(input?.[side] ?? [])].filter((text) => text.trim() !== '')
    if (texts.length > 0) highlight[side] = texts
  }
  return highlight.source || highlight.target ? highlight : undefined
}

function toPosition(location: FindingLocation) {
  return {
    start: {line: location.line, column: location.column},
    end: {line: location.endLine, column: location.endColumn}
  }
}
