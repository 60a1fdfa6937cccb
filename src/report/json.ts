import type {CheckReport, Severity} from '../check/types.js'

/** Several pairs in one JSON document (`bitext check` over a config). */
export interface CheckReportSet {
  version: 1
  files: CheckReport[]
  summary: Record<Severity, number>
}

/**
 * Formats reports as JSON: one report as it is, several as
 * `{version: 1, files: [...], summary}`. Two-space indent, final newline.
 */
export function formatJson(reports: readonly CheckReport[]): string {
  return JSON.stringify(jsonValue(reports), null, 2) + '\n'
}

/** The value `formatJson` prints: one report as it is, several as a `CheckReportSet`. */
export function jsonValue(reports: readonly CheckReport[]): CheckReport | CheckReportSet | undefined {
  return reports.length === 1 ? reports[0] : toReportSet(reports)
}

/** Wraps several reports with their summed summary. */
function toReportSet(reports: readonly CheckReport[]): CheckReportSet {
  const summary: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const report of reports) for (const severity of ['error', 'warning', 'info'] as const) summary[severity] += report.summary[severity]
  return {version: 1, files: [...reports], summary}
}
