import type {Alignment} from '../align/types.js'
import type {BitextDocument} from '../document/types.js'
import type {Finding} from './finding.js'
import {toFindingJson} from './finding.js'
import {sentenceJudgedPairs, sentencesByIndex} from './sentence-beads.js'
import type {CheckReport, FindingJson, ReportAlignment, ReportBlock, ReportSentence, Severity} from './types.js'

/** Options of `toCheckReport`. */
export interface ToCheckReportOptions {
  /** Source path to print. Default: `alignment.source.path` (left out when unknown). */
  sourcePath?: string
  /** Target path to print. Default: `alignment.target.path` (left out when unknown). */
  targetPath?: string
}

/**
 * The JSON report of one document pair: both documents' summaries, the
 * findings as plain data, counts per severity, and the alignment (both sides'
 * blocks and the block beads, and the sentence beads of long block pairs) that
 * side-by-side views render from.
 *
 * @example
 *   toCheckReport(alignment, check(alignment)).summary // => {error: 1, warning: 2, info: 1}
 */
export function toCheckReport(alignment: Alignment, findings: readonly Finding[], options: ToCheckReportOptions = {}): CheckReport {
  if (typeof alignment !== 'object' || alignment === null || !Array.isArray(alignment.blocks)) throw new TypeError('toCheckReport: expected an Alignment; pass the result of `align`')
  if (!Array.isArray(findings)) throw new TypeError('toCheckReport: expected `findings` to be the array `check` returns')
  const json = findings.map((finding) => toFindingJson(finding))
  return {
    version: 1,
    source: side(alignment.source, options.sourcePath),
    target: side(alignment.target, options.targetPath),
    findings: json,
    summary: summarize(json),
    alignment: {
      source: reportBlocks(alignment.source),
      target: reportBlocks(alignment.target),
      beads: alignment.blocks.map((bead) => ({source: [...bead.source], target: [...bead.target], score: bead.score})),
      ...reportSentenceBeads(alignment)
    }
  }
}

/** `sentenceBeads` of the report: the sentence beads of each bead judged sentence by sentence (`sentenceJudgedPairs`), when some bead is. */
function reportSentenceBeads(alignment: Alignment): Pick<ReportAlignment, 'sentenceBeads'> {
  const long = sentenceJudgedPairs(alignment)
  if (long.size === 0) return {}
  const places = {source: sentencesByIndex(alignment.source), target: sentencesByIndex(alignment.target)}
  const sentences = (side: 'source' | 'target', indexes: readonly number[]): ReportSentence[] =>
    indexes.flatMap((index) => {
      const sentence = places[side].get(index)
      return sentence ? [{index, block: sentence.block, start: sentence.start, end: sentence.end, line: sentence.line}] : []
    })
  const beadIndex = new Map(alignment.blocks.map((bead, index) => [bead, index]))
  return {
    sentenceBeads: [...long].map(([bead, beads]) => ({
      bead: beadIndex.get(bead) ?? -1,
      sentences: beads.map((sentenceBead) => ({source: sentences('source', sentenceBead.source), target: sentences('target', sentenceBead.target), score: sentenceBead.score}))
    }))
  }
}

/** Counts findings per severity. */
export function summarize(findings: readonly FindingJson[]): Record<Severity, number> {
  const summary: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const finding of findings) summary[finding.severity]++
  return summary
}

function side(document: BitextDocument, path: string | undefined): CheckReport['source'] {
  const shown = path ?? document.path
  const summary = {lang: document.lang, blocks: document.blocks.length}
  return shown === undefined ? summary : {path: shown, ...summary}
}

function reportBlocks(document: BitextDocument): ReportBlock[] {
  return document.blocks.map((block) => {
    const shown: ReportBlock = {index: block.index, kind: block.kind, text: block.text, lang: block.lang, line: block.position.start.line}
    if (block.depth !== undefined) shown.depth = block.depth
    return shown
  })
}
