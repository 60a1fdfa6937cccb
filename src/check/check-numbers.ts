import type {Anchor} from '../anchors/types.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import type {PairComparison} from './pair-comparison.js'
import {demote} from './rule-table.js'
import type {CheckContext} from './context.js'

/**
 * `number-mismatch`: numbers, dates, percentages, ranges and ordinals written
 * with digits that one side of an aligned pair has and the other lacks, compared
 * by value in each side's locale (`%40` = `40%`, `15.000` = `15,000`,
 * `18 Ekim 1988` = `October 18, 1988`). A value that differs on both sides
 * (`%21` / `12%`) is an error; a number only one side writes, one level lower.
 * Times of day alone (`15:22` / `3:40 PM`: a publication timestamp, the same
 * day at another time) are info: each version is stamped when it is published.
 */
export function checkNumbers(context: CheckContext, pairs: readonly PairComparison[]): Finding[] {
  const severity = context.settings['number-mismatch']
  if (severity === 'off') return []
  const findings: Finding[] = []
  for (const {comparison, source, target} of pairs) {
    const left = comparison.numbers.source
    const right = comparison.numbers.target
    if (left.length === 0 && right.length === 0) continue
    const both = left.length > 0 && right.length > 0
    const timesOnly = [...left, ...right].every((anchor) => anchor.kind === 'time')
    findings.push(
      createFinding({
        rule: 'number-mismatch',
        severity: timesOnly ? 'info' : both ? severity : demote(severity),
        message: timesOnly ? timeMessage(left, right) : numberMessage(left, right),
        source,
        target,
        evidence: {source: left.map(evidenceOf), target: right.map(evidenceOf)},
        highlight: {source: left.map(textOf), target: right.map(textOf)}
      })
    )
  }
  return findings
}

function numberMessage(source: Anchor[], target: Anchor[]): string {
  if (source.length > 0 && target.length > 0) return `Numbers differ: source has ${list(source)}, target has ${list(target)}`
  if (source.length > 0) return `Target lacks ${list(source)} of the source`
  return `Target has ${list(target)}, which the source lacks`
}

function timeMessage(source: Anchor[], target: Anchor[]): string {
  const sides = [source.length > 0 ? `source ${list(source)}` : 'none in the source', target.length > 0 ? `target ${list(target)}` : 'none in the target']
  return `Times of day differ (a timestamp?): ${sides.join(', ')}`
}

/** The anchors as written, each once: `%21, 2013`. */
export function list(anchors: readonly Anchor[]): string {
  return [...new Set(anchors.map((anchor) => anchor.text))].join(', ')
}

/** An anchor as the finding marks it: its text as written. */
export function textOf(anchor: Anchor): string {
  return anchor.text
}

/** An anchor as evidence: kind, text as written, canonical value. */
export function evidenceOf(anchor: Anchor): {kind: string; text: string; value: string} {
  return {kind: anchor.kind, text: anchor.text, value: anchor.value}
}
