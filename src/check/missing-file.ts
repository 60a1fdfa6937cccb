import {readDocument} from '../document/read-document.js'
import type {DocumentFormat} from '../document/types.js'
import {createFinding, toFindingJson} from './finding.js'
import {summarize} from './to-check-report.js'
import type {CheckReport, FindingLocation} from './types.js'

/**
 * The report of a file whose counterpart does not exist: one
 * `only-in-source` (or `only-in-target`) finding spanning the whole file.
 */
export async function missingFileReport(
  file: string,
  side: 'source' | 'target',
  options: {inputFormat?: DocumentFormat | 'auto'; expected?: string} = {}
): Promise<CheckReport> {
  const document = await readDocument(file, {format: options.inputFormat ?? 'auto'})
  const first = document.blocks[0]
  const last = document.blocks.at(-1)
  const location: FindingLocation = {
    path: file,
    block: 0,
    line: first?.position.start.line ?? 1,
    column: first?.position.start.column ?? 1,
    endLine: last?.position.end.line ?? 1,
    endColumn: last?.position.end.column ?? 1,
    text: first?.text ?? ''
  }
  const other = side === 'source' ? 'target' : 'source'
  const finding = toFindingJson(
    createFinding({
      rule: side === 'source' ? 'only-in-source' : 'only-in-target',
      severity: 'error',
      message: `File has no ${other} counterpart${options.expected ? ` (expected ${options.expected})` : ''}`,
      source: side === 'source' ? location : null,
      target: side === 'target' ? location : null,
      evidence: {missingFile: options.expected ?? null}
    })
  )
  const present = {path: file, lang: document.lang, blocks: document.blocks.length}
  const absent = {lang: 'und', blocks: 0}
  return {
    version: 1,
    source: side === 'source' ? present : absent,
    target: side === 'target' ? present : absent,
    findings: [finding],
    summary: summarize([finding]),
    alignment: {source: [], target: [], beads: []}
  }
}
