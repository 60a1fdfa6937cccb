import {diffWords} from 'diff'
import type {FindingJson} from '../../check/types.js'

/** A piece of a word-level change in the source: `=` kept, `+` added since, `-` removed since. */
export type DiffPart = ['=' | '+' | '-', string]

interface Change {
  value: string
  added?: boolean
  removed?: boolean
}

/**
 * The word-level change of each `outdated` finding, keyed by the finding's index.
 * Reads `evidence.changes` (jsdiff changes, as the check wrote them) when present, else diffs
 * `evidence.previous` (the source block as it was) against the source block's text.
 * Findings of other rules, or without either field, get no entry.
 */
export function outdatedDiffs(findings: FindingJson[]): Record<number, DiffPart[]> {
  const diffs: Record<number, DiffPart[]> = {}
  findings.forEach((finding, index) => {
    if (finding.rule !== 'outdated' || finding.source === null) return
    const changes = givenChanges(finding.evidence['changes']) ?? computedChanges(finding)
    if (changes) diffs[index] = changes.map(toPart)
  })
  return diffs
}

function givenChanges(value: unknown): Change[] | undefined {
  if (!Array.isArray(value)) return undefined
  const valid = value.every((change) => typeof (change as Change | null)?.value === 'string')
  return valid ? (value as Change[]) : undefined
}

function computedChanges(finding: FindingJson): Change[] | undefined {
  const previous = finding.evidence['previous']
  if (typeof previous !== 'string' || finding.source === null) return undefined
  // Bounded: a diff that would take longer than 200 ms is left out, not waited for.
  return diffWords(previous, finding.source.text, {timeout: 200})
}

function toPart(change: Change): DiffPart {
  return [change.added ? '+' : change.removed ? '-' : '=', change.value]
}
