import type {AlignedWindow, WindowOffset} from '../align/align-windows.js'
import type {CheckOptions} from './check.js'
import {check} from './check.js'
import type {ToCheckReportOptions} from './to-check-report.js'
import {summarize, toCheckReport} from './to-check-report.js'
import type {CheckReport, FindingJson, FindingLocation, ReportAlignment, ReportSentence} from './types.js'

/**
 * `check` of a pair aligned window by window (`alignWindows`), as one report: each window is
 * checked on its own (`windowReports`) and the reports joined. Rules see one window at a time (a
 * move between windows reads as a block dropped and one added), and `outdated` is not run (it
 * needs the whole older source). The joined report holds every block's text; `windowReports`
 * gives the reports one at a time.
 *
 * @example
 *   checkWindows(alignWindows(sourceStream, targetStream)).summary // => {error: 3, warning: 1, info: 0}
 */
export function checkWindows(windows: Iterable<AlignedWindow>, options: CheckWindowsOptions = {}): CheckReport {
  return joinReports(windowReports(windows, options))
}

/** Options of `checkWindows`: those of `check` but `previousSource`, and the paths `toCheckReport` prints. */
export interface CheckWindowsOptions extends Omit<CheckOptions, 'previousSource'>, ToCheckReportOptions {}

/** The reports of consecutive windows (`windowReports`) as one new report: findings, blocks and beads one after the other. */
export function joinReports(parts: Iterable<CheckReport>): CheckReport {
  let whole: CheckReport | undefined
  for (const part of parts) {
    if (!whole) {
      const {source, target, beads, sentenceBeads} = part.alignment
      whole = {...part, findings: [...part.findings], alignment: {source: [...source], target: [...target], beads: [...beads], ...(sentenceBeads ? {sentenceBeads: [...sentenceBeads]} : {})}}
      continue
    }
    append(whole.findings, part.findings)
    append(whole.alignment.source, part.alignment.source)
    append(whole.alignment.target, part.alignment.target)
    append(whole.alignment.beads, part.alignment.beads)
    if (part.alignment.sentenceBeads) append((whole.alignment.sentenceBeads ??= []), part.alignment.sentenceBeads)
  }
  if (!whole) throw new TypeError('joinReports: expected at least one report; pass the result of `windowReports`')
  whole.source = {...whole.source, blocks: whole.alignment.source.length}
  whole.target = {...whole.target, blocks: whole.alignment.target.length}
  whole.summary = summarize(whole.findings)
  return whole
}

/**
 * The report of each window, its findings, blocks and beads numbered in the whole documents
 * (`source.blocks` and `target.blocks` count the window's blocks).
 */
export function* windowReports(windows: Iterable<AlignedWindow>, options: CheckWindowsOptions = {}): Generator<CheckReport> {
  const {sourcePath, targetPath, ...checkOptions} = options
  const paths: ToCheckReportOptions = {}
  if (sourcePath !== undefined) paths.sourcePath = sourcePath
  if (targetPath !== undefined) paths.targetPath = targetPath
  let beadsBefore = 0
  for (const {alignment, offset} of windows) {
    const part = toCheckReport(alignment, check(alignment, checkOptions), paths)
    const {sentenceBeads} = part.alignment
    yield {
      ...part,
      findings: part.findings.map((finding) => renumbered(finding, offset)),
      alignment: {
        source: part.alignment.source.map((block) => ({...block, index: block.index + offset.source.block})),
        target: part.alignment.target.map((block) => ({...block, index: block.index + offset.target.block})),
        beads: part.alignment.beads.map((bead) => ({
          source: bead.source.map((index) => index + offset.source.block),
          target: bead.target.map((index) => index + offset.target.block),
          score: bead.score
        })),
        ...(sentenceBeads ? {sentenceBeads: sentenceBeads.map((entry) => renumberedSentenceBeads(entry, beadsBefore, offset))} : {})
      }
    }
    beadsBefore += part.alignment.beads.length
  }
}

/** A long block pair's sentence beads of one window, its bead, blocks and sentences numbered in the whole documents. */
function renumberedSentenceBeads(entry: SentenceBeads, beadsBefore: number, offset: {source: WindowOffset; target: WindowOffset}): SentenceBeads {
  const shift = (sentences: readonly ReportSentence[], by: WindowOffset) => sentences.map((sentence) => ({...sentence, index: sentence.index + by.sentence, block: sentence.block + by.block}))
  return {
    bead: entry.bead + beadsBefore,
    sentences: entry.sentences.map((bead) => ({source: shift(bead.source, offset.source), target: shift(bead.target, offset.target), score: bead.score}))
  }
}

type SentenceBeads = NonNullable<ReportAlignment['sentenceBeads']>[number]

/** `push(...items)` without spreading a long array into arguments. */
function append<T>(into: T[], items: readonly T[]): void {
  for (const item of items) into.push(item)
}

/** A finding of one window with its blocks and sentences numbered in the whole documents. */
function renumbered(finding: FindingJson, offset: {source: WindowOffset; target: WindowOffset}): FindingJson {
  const moved: FindingJson = {...finding, source: located(finding.source, offset.source), target: located(finding.target, offset.target)}
  const evidence = withFirst(finding.evidence, offset.target)
  const also = evidence['also']
  moved.evidence = Array.isArray(also) ? {...evidence, also: also.map((other: {evidence: Record<string, unknown>}) => ({...other, evidence: withFirst(other.evidence, offset.target)}))} : evidence
  return moved
}

/** Evidence with its `first` (where `duplicate` saw the target's first copy) numbered in the whole target. */
function withFirst(evidence: Record<string, unknown>, offset: WindowOffset): Record<string, unknown> {
  const first = evidence['first']
  return isLocation(first) ? {...evidence, first: located(first, offset)} : evidence
}

function located(location: FindingLocation | null, offset: WindowOffset): FindingLocation | null {
  if (!location) return null
  const shifted = {...location, block: location.block + offset.block}
  if (location.sentence !== undefined) shifted.sentence = location.sentence + offset.sentence
  return shifted
}

function isLocation(value: unknown): value is FindingLocation {
  return typeof value === 'object' && value !== null && typeof (value as FindingLocation).block === 'number'
}
