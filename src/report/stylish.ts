import {displayWidth} from '../text/display-width.js'
import type {CheckReport, FindingJson, Severity} from '../check/types.js'
import {findingPlace} from '../check/finding-place.js'
import {terminalSafe} from './terminal-safe.js'

/** Options of `formatStylish`. */
export interface StylishOptions {
  /** Colour with ANSI escapes (the CLI passes whether stdout is a TTY). Default `false`. */
  color?: boolean
}

interface Row {
  place: string
  severity: Severity
  message: string
  rule: string
  line: number
  column: number
}

const colours: Record<Severity | 'file' | 'rule', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [34, 39],
  file: [4, 24],
  rule: [2, 22]
}

/**
 * Formats findings like eslint's and vfile-reporter's stylish output: a header
 * per file, one row per finding (`line:column-endLine:endColumn  severity
 * message  rule`), and a summary line.
 *
 * @example
 *   formatStylish([report]) // => 'en.txt\n  9:1-9:412  error  Numbers differ …  number-mismatch\n\n✖ 1 error\n'
 */
export function formatStylish(reports: readonly CheckReport[], options: StylishOptions = {}): string {
  const paint = (kind: keyof typeof colours, text: string) => (options.color ? `\u001B[${colours[kind][0]}m${text}\u001B[${colours[kind][1]}m` : text)
  const groups = groupRows(reports)
  const all = [...groups.values()].flat()
  const widths = columnWidths(all)
  const parts: string[] = []
  for (const [file, rows] of groups) {
    parts.push(paint('file', file || '<input>'))
    for (const row of rows) {
      const severity = paint(row.severity, row.severity.padEnd(widths.severity))
      parts.push(`  ${row.place.padEnd(widths.place)}  ${severity}  ${row.message}${' '.repeat(widths.message - displayWidth(row.message))}  ${paint('rule', row.rule)}`.trimEnd())
    }
    parts.push('')
  }
  parts.push(summaryLine(all))
  return parts.join('\n') + '\n'
}

function groupRows(reports: readonly CheckReport[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>()
  for (const report of reports) {
    for (const finding of report.findings) {
      const row = toRow(report, finding)
      if (!row) continue
      const rows = groups.get(row.file) ?? []
      rows.push(row)
      groups.set(row.file, rows)
    }
  }
  for (const rows of groups.values()) rows.sort((a, b) => a.line - b.line || a.column - b.column)
  return groups
}

function toRow(report: CheckReport, finding: FindingJson): (Row & {file: string}) | null {
  const place = findingPlace(report, finding)
  if (!place) return null
  const {location, counterpart} = place
  const otherSide = place.side === 'target' ? 'source' : 'target'
  const other = counterpart
    ? ` (${otherSide} ${counterpart.file ? terminalSafe(counterpart.file) + ':' : ''}${counterpart.location.line}:${counterpart.location.column})`
    : ''
  return {
    file: terminalSafe(place.file),
    place: `${location.line}:${location.column}-${location.endLine}:${location.endColumn}`,
    severity: finding.severity,
    message: oneLine(finding.message) + other,
    rule: finding.rule,
    line: location.line,
    column: location.column
  }
}

function oneLine(text: string): string {
  return terminalSafe(text.replace(/\s*\n\s*/g, ' '))
}

/** The widest place, severity and message, in terminal columns (a message may quote Chinese, two columns a letter). */
function columnWidths(rows: Row[]): {place: number; severity: number; message: number} {
  const widths = {place: 0, severity: 0, message: 0}
  for (const row of rows) {
    widths.place = Math.max(widths.place, row.place.length)
    widths.severity = Math.max(widths.severity, row.severity.length)
    widths.message = Math.max(widths.message, displayWidth(row.message))
  }
  return widths
}

function summaryLine(rows: Row[]): string {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0}
  for (const row of rows) counts[row.severity]++
  const parts = [
    counts.error ? `${counts.error} ${counts.error === 1 ? 'error' : 'errors'}` : '',
    counts.warning ? `${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}` : '',
    counts.info ? `${counts.info} info` : ''
  ].filter(Boolean)
  if (parts.length === 0) return 'no divergences found'
  return `${counts.error ? '✖' : counts.warning ? '⚠' : 'ℹ'} ${parts.join(', ')}`
}
