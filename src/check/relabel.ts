import type {CheckReport} from './types.js'

/**
 * The report with other file paths shown (as the user wrote them rather than
 * as resolved): in both side summaries and every finding location. A side
 * without a new path keeps its own.
 */
export function relabelReport(report: CheckReport, paths: {source?: string; target?: string}): CheckReport {
  const relabelled = {...report, findings: report.findings.map((finding) => ({...finding}))}
  for (const side of ['source', 'target'] as const) {
    const path = paths[side]
    if (path === undefined) continue
    relabelled[side] = {...report[side], path}
    for (const finding of relabelled.findings) {
      const location = finding[side]
      if (location) finding[side] = {...location, path}
    }
  }
  return relabelled
}
