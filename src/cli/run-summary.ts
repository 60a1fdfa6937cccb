import type {CheckReport} from '../check/types.js'
import {plural} from './plural.js'

/**
 * The line every `bitext check` run ends with on stderr, so a gate that
 * checked nothing shows it and stdout stays valid JSON/SARIF:
 * `bitext: checked 2 pairs, 5 files: 1 error, 0 warnings, 3 info`.
 * A pair counts when both sides exist; files are the distinct paths shown; findings are counted by
 * each report's `summary` (a windowed pair's findings may still be on disk).
 */
export function runSummary(reports: readonly CheckReport[]): string {
  const files = new Set<string>()
  let pairs = 0
  const counts = {error: 0, warning: 0, info: 0}
  for (const report of reports) {
    if (report.source.path !== undefined) files.add(report.source.path)
    if (report.target.path !== undefined) files.add(report.target.path)
    if (report.source.path !== undefined && report.target.path !== undefined) pairs++
    for (const severity of ['error', 'warning', 'info'] as const) counts[severity] += report.summary[severity]
  }
  return `bitext: checked ${plural(pairs, 'pair')}, ${plural(files.size, 'file')}: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info\n`
}
