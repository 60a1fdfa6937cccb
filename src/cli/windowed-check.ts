import {deflateRawSync, inflateRawSync} from 'node:zlib'
import type {CheckFilesOptions} from '../check/check-files.js'
import {checkFilesInWindows} from '../check/check-files.js'
import {summarize} from '../check/to-check-report.js'
import type {CheckReport, FindingJson} from '../check/types.js'
import type {Spool} from './spool.js'

/**
 * `checkFiles` of a pair too large to hold, window by window (`checkFilesInWindows`): each
 * window's blocks and beads go to `spool` (lists `source`, `target` and `beads`, the report's
 * `alignment`), and the report returned has an empty `alignment` in their place. Each window's
 * findings are kept deflated until the last window is checked (50 MB a side has some 140,000,
 * each with its block's text), when the documents' parts are no longer held.
 */
export async function windowedCheck(sourcePath: string, targetPath: string, options: CheckFilesOptions, spool: Spool): Promise<CheckReport> {
  let head: Pick<CheckReport, 'source' | 'target'> | undefined
  const packed: Buffer[] = []
  const blocks = {source: 0, target: 0}
  for (const part of await checkFilesInWindows(sourcePath, targetPath, options)) {
    head ??= {source: part.source, target: part.target}
    packed.push(deflateRawSync(JSON.stringify(part.findings), {level: 1}))
    spool.append('source', part.alignment.source)
    spool.append('target', part.alignment.target)
    spool.append('beads', part.alignment.beads)
    blocks.source += part.alignment.source.length
    blocks.target += part.alignment.target.length
  }
  if (!head) throw new Error('windowedCheck: no window was checked')
  const findings: FindingJson[] = []
  for (const part of packed.splice(0)) for (const finding of JSON.parse(inflateRawSync(part).toString('utf8')) as FindingJson[]) findings.push(finding)
  return {
    version: 1,
    source: {...head.source, blocks: blocks.source},
    target: {...head.target, blocks: blocks.target},
    findings,
    summary: summarize(findings),
    alignment: {source: [], target: [], beads: []}
  }
}
