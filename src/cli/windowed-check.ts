import type {CheckFilesOptions} from '../check/check-files.js'
import {checkFilesInWindows} from '../check/check-files.js'
import {relabelReport} from '../check/relabel.js'
import {summarize} from '../check/to-check-report.js'
import type {CheckReport, Severity} from '../check/types.js'
import type {Spool} from './spool.js'

/**
 * `checkFiles` of a pair too large to hold, window by window (`checkFilesInWindows`), with the
 * paths shown as given (`shown`): each window's findings, blocks and beads go to `spool` (lists
 * `findings`, `source`, `target` and `beads`), and the report returned counts the findings in its
 * `summary` but has empty `findings` and `alignment` in their place (50 MB a side has some
 * 135,000 findings, each with its block's text).
 */
export async function windowedCheck(paths: {source: string; target: string}, shown: {source: string; target: string}, options: CheckFilesOptions, spool: Spool): Promise<CheckReport> {
  let head: Pick<CheckReport, 'source' | 'target'> | undefined
  const summary: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  const blocks = {source: 0, target: 0}
  const {onWarning} = options
  // Warnings name the files as given, as errors do (`asGiven`).
  const asGiven = onWarning && ((message: string) => onWarning(message.replaceAll(paths.source, shown.source).replaceAll(paths.target, shown.target)))
  for (const window of await checkFilesInWindows(paths.source, paths.target, asGiven ? {...options, onWarning: asGiven} : options)) {
    const part = relabelReport(window, shown)
    head ??= {source: part.source, target: part.target}
    const counts = summarize(part.findings)
    for (const severity of ['error', 'warning', 'info'] as const) summary[severity] += counts[severity]
    spool.append('findings', part.findings)
    spool.append('source', part.alignment.source)
    spool.append('target', part.alignment.target)
    spool.append('beads', part.alignment.beads)
    blocks.source += part.alignment.source.length
    blocks.target += part.alignment.target.length
  }
  if (!head) throw new Error('windowedCheck: no window was checked')
  return {
    version: 1,
    source: {...head.source, blocks: blocks.source},
    target: {...head.target, blocks: blocks.target},
    findings: [],
    summary,
    alignment: {source: [], target: [], beads: []}
  }
}
