import {pathToFileURL} from 'node:url'
import {ruleTable} from '../check/rule-table.js'
import type {CheckReport, FindingJson, FindingLocation, Severity} from '../check/types.js'
import {findingPlace} from '../check/finding-place.js'

/** Options of `toSarif`. */
export interface SarifOptions {
  /** Version of bitext to record as the tool's. Default: left out. */
  toolVersion?: string
}

/** A SARIF 2.1.0 log, as plain JSON data. */
export type SarifLog = {version: '2.1.0'; $schema: string; runs: Array<Record<string, unknown>>}

const levels: Record<Severity, string> = {error: 'error', warning: 'warning', info: 'note'}

/**
 * Converts reports to one SARIF 2.1.0 log (one run, every rule described with the help a
 * code-scanning alert shows), for GitHub code scanning and other SARIF viewers. Each result
 * carries the finding's place (the target side when it has one), the other side as a related
 * location, the evidence as properties, and its fingerprint in `partialFingerprints`.
 */
export function toSarif(reports: readonly CheckReport[], options: SarifOptions = {}): SarifLog {
  const driver: Record<string, unknown> = {name: 'bitext', rules: ruleTable.map(ruleDescriptor)}
  if (options.toolVersion !== undefined) driver['version'] = options.toolVersion
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{tool: {driver}, columnKind: 'utf16CodeUnits', results: reports.flatMap((report) => report.findings.map((finding) => toResult(report, finding)))}]
  }
}

/** `toSarif` as a string with a final newline. */
export function formatSarif(reports: readonly CheckReport[], options: SarifOptions = {}): string {
  return JSON.stringify(toSarif(reports, options), null, 2) + '\n'
}

function ruleDescriptor(rule: (typeof ruleTable)[number]) {
  return {
    id: rule.id,
    shortDescription: {text: rule.description},
    help: {text: rule.help, markdown: rule.help},
    defaultConfiguration: {level: levels[rule.severity]}
  }
}

function toResult(report: CheckReport, finding: FindingJson): Record<string, unknown> {
  const place = findingPlace(report, finding)
  const result: Record<string, unknown> = {
    ruleId: finding.rule,
    ruleIndex: ruleTable.findIndex((rule) => rule.id === finding.rule),
    level: levels[finding.severity],
    message: {text: finding.message},
    partialFingerprints: {'bitext/v1': finding.fingerprint},
    properties: {evidence: finding.evidence, side: place?.side ?? 'source'}
  }
  if (place) result['locations'] = [physical(place.file, place.location)]
  if (place?.counterpart) {
    const other = place.side === 'target' ? 'source' : 'target'
    result['relatedLocations'] = [{id: 1, message: {text: `The ${other} side`}, ...physical(place.counterpart.file, place.counterpart.location)}]
  }
  return result
}

function physical(file: string, location: FindingLocation) {
  return {
    physicalLocation: {
      artifactLocation: {uri: toUri(file)},
      region: {
        startLine: location.line,
        startColumn: location.column,
        endLine: location.endLine,
        endColumn: Math.max(location.endColumn, location.line === location.endLine ? location.column : 1),
        snippet: {text: location.text}
      }
    }
  }
}

/** A relative path becomes a URI reference (`docs/a%20b.md`), an absolute one a `file:` URL. */
function toUri(file: string): string {
  const slashed = file.replaceAll('\\', '/')
  if (slashed.startsWith('/') || /^[A-Za-z]:\//.test(slashed)) return pathToFileURL(file).href
  return slashed.split('/').map(encodeURIComponent).join('/') || 'input'
}
