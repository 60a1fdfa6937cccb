import type {BitextDocument} from '../document/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blocksLocation} from './locate.js'
import {severityRank} from './rule-table.js'

/** This many adjacent untranslated blocks or more are one region (a menu, a list): one finding. */
const minRun = 3
/** A side with at least this share of its blocks untranslated is untranslated as a whole… */
const wholeShare = 0.8
/** …when it has at least this many of them. */
const minWhole = 5

type Side = 'source' | 'target'

/**
 * Gathers block findings of `untranslated` into page-level ones: a side whose blocks are
 * nearly all untranslated is one finding for the document, and a run of three or more
 * adjacent untranslated blocks (a menu of interface lines) is one finding for the run.
 * Sentence findings and shorter runs stay as they are.
 */
export function gatherRuns(context: CheckContext, findings: Finding[]): Finding[] {
  for (const side of ['source', 'target'] as const) {
    const whole = wholeSide(context, findings, side)
    if (whole) return [whole]
  }
  return mergeRuns(context, [...findings].sort(readingOrder))
}

/** Source findings before target ones, each side in block order. */
function readingOrder(a: Finding, b: Finding): number {
  const side = Number(sideOf(a) === 'target') - Number(sideOf(b) === 'target')
  const place = (finding: Finding) => (sideOf(finding) === 'source' ? finding.sourceLocation : finding.targetLocation)
  return side || (place(a)?.block ?? 0) - (place(b)?.block ?? 0) || (place(a)?.sentence ?? -1) - (place(b)?.sentence ?? -1)
}

function blockOf(finding: Finding, side: Side): number | undefined {
  const location = side === 'source' ? finding.sourceLocation : finding.targetLocation
  return location && location.sentence === undefined ? location.block : undefined
}

/** The side named by a block finding: the source when it names it (identical pairs name both). */
function sideOf(finding: Finding): Side {
  return finding.sourceLocation ? 'source' : 'target'
}

function wholeSide(context: CheckContext, findings: Finding[], side: Side): Finding | undefined {
  const document = context.alignment[side]
  const prose = document.blocks.filter((block) => block.translatable && block.kind !== 'code').length
  const flagged = new Set(findings.map((finding) => blockOf(finding, side)).filter((block) => block !== undefined))
  if (flagged.size < minWhole || flagged.size < prose * wholeShare) return undefined
  const all = document.blocks.map((block) => block.index)
  return createFinding({
    rule: 'untranslated',
    severity: loudest(findings),
    message: `The ${side} is left untranslated: ${flagged.size} of its ${prose} blocks are in the other language or identical to the other side`,
    source: side === 'source' ? blocksLocation(document, all) : null,
    target: side === 'target' ? blocksLocation(document, all) : null,
    evidence: {blocks: flagged.size, of: prose}
  })
}

function mergeRuns(context: CheckContext, findings: Finding[]): Finding[] {
  const result: Finding[] = []
  let run: Finding[] = []
  const close = () => {
    result.push(...(run.length >= minRun ? [runFinding(context, run)] : run))
    run = []
  }
  for (const finding of findings) {
    const previous = run.at(-1)
    if (previous && !follows(previous, finding)) close()
    if (blockOf(finding, sideOf(finding)) === undefined) {
      close()
      result.push(finding)
    } else run.push(finding)
  }
  close()
  return result
}

function follows(previous: Finding, next: Finding): boolean {
  const side = sideOf(previous)
  const before = blockOf(previous, side)
  const after = blockOf(next, side)
  return sideOf(next) === side && before !== undefined && after === before + 1
}

function runFinding(context: CheckContext, run: Finding[]): Finding {
  const indices = (side: Side) => run.flatMap((finding) => blockOf(finding, side) ?? [])
  const location = (document: BitextDocument, side: Side) => (indices(side).length > 0 ? blocksLocation(document, indices(side)) : null)
  return createFinding({
    rule: 'untranslated',
    severity: loudest(run),
    message: `${run.length} blocks in a row are left untranslated`,
    source: location(context.alignment.source, 'source'),
    target: location(context.alignment.target, 'target'),
    evidence: {blocks: run.length}
  })
}

function loudest(findings: readonly Finding[]) {
  return findings.reduce((top, finding) => (severityRank[finding.severity] > severityRank[top] ? finding.severity : top), findings[0]?.severity ?? 'info')
}
