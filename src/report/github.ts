import type {CheckReport, Severity} from '../check/types.js'
import {findingPlace} from '../check/finding-place.js'
import {terminalSafe} from './terminal-safe.js'

const commands: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'notice'}

/**
 * Formats findings as GitHub Actions workflow commands, which GitHub shows as
 * annotations on the pull request:
 * `::error file=en.txt,line=9,col=1,endLine=9,endColumn=40,title=number-mismatch::Numbers differ`.
 * Info findings become `::notice`. Data escapes `%`, CR and LF; properties
 * also escape `:` and `,`; any other control character is shown as `\u{…}`,
 * so no text from a document can end the command or start another.
 */
export function formatGithub(reports: readonly CheckReport[]): string {
  const lines: string[] = []
  for (const report of reports) {
    for (const finding of report.findings) {
      const place = findingPlace(report, finding)
      const properties: Array<[string, string | number]> = place
        ? [
            ['file', place.file],
            ['line', place.location.line],
            ['col', place.location.column],
            ['endLine', place.location.endLine],
            ['endColumn', place.location.endColumn]
          ]
        : []
      properties.push(['title', `bitext ${finding.rule}`])
      const list = properties.filter(([, value]) => value !== '').map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
      lines.push(`::${commands[finding.severity]} ${list.join(',')}::${escapeData(finding.message)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** Escapes workflow command data: `%`, CR, LF, and shows other control characters as `\u{…}`. */
export function escapeData(value: string): string {
  return terminalSafe(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'))
}

/** Escapes a workflow command property: `%`, CR, LF, `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
