import type {CheckReport} from '../check/types.js'
import {formatGithub} from './github.js'
import {renderHtmlReport} from './html-report.js'
import {formatJson} from './json.js'
import {formatJunit} from './junit.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'

/** The output formats of `bitext check`. */
export type ReportFormat = 'stylish' | 'json' | 'sarif' | 'github' | 'junit' | 'html'

/** Options of `formatReports`. */
export interface FormatReportsOptions {
  /** Colour the stylish output. Default `false`. */
  color?: boolean
  /** Tool version recorded in SARIF. Default: none. */
  toolVersion?: string
}

/**
 * Prints reports in one of the formats of `bitext check`. `html` shows one
 * pair: several throw a `RangeError`.
 */
export function formatReports(reports: CheckReport[], format: ReportFormat, options: FormatReportsOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(reports)
    case 'sarif':
      return formatSarif(reports, options.toolVersion === undefined ? {} : {toolVersion: options.toolVersion})
    case 'github':
      return formatGithub(reports)
    case 'junit':
      return formatJunit(reports)
    case 'html':
      return html(reports)
    default:
      return formatStylish(reports, {color: options.color ?? false})
  }
}

function html(reports: CheckReport[]): string {
  const [report] = reports
  if (!report || reports.length !== 1) throw new RangeError(`formatReports: the html format shows one pair, got ${reports.length}; use json for many`)
  return renderHtmlReport(report)
}
