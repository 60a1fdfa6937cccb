import {InputError} from '../input-error.js'
import {findingPlace} from './finding-place.js'
import {summarize} from './to-check-report.js'
import type {CheckReport, RuleId} from './types.js'

/** A finding remembered in a baseline. */
export interface BaselineEntry {
  fingerprint: string
  rule: RuleId
  file: string
  message: string
}

/** A baseline file: the findings accepted so far (`--write-baseline`). */
export interface Baseline {
  version: 1
  findings: BaselineEntry[]
}

/** What applying a baseline left. */
export interface BaselineResult {
  /** The reports without the findings the baseline holds (summaries recounted). */
  reports: CheckReport[]
  /** How many findings the baseline suppressed. */
  suppressed: number
  /** Baseline entries that no longer occur: fixed since, and can go. */
  stale: BaselineEntry[]
  /**
   * Baseline entries whose text was edited since: a finding of the same rule
   * in the same file is not in the baseline and is reported as new, so the
   * entry is not called fixed.
   */
  edited: BaselineEntry[]
}

/** The baseline of today's findings, sorted by file and fingerprint. */
export function createBaseline(reports: readonly CheckReport[]): Baseline {
  const findings = reports.flatMap((report) =>
    report.findings.map((finding) => ({
      fingerprint: finding.fingerprint,
      rule: finding.rule,
      file: findingPlace(report, finding)?.file ?? '',
      message: finding.message
    }))
  )
  findings.sort((a, b) => (a.file === b.file ? (a.fingerprint < b.fingerprint ? -1 : 1) : a.file < b.file ? -1 : 1))
  return {version: 1, findings}
}

/**
 * Removes the findings a baseline holds (by fingerprint, each entry
 * suppressing one finding) and lists the entries no finding used.
 */
export function applyBaseline(reports: readonly CheckReport[], baseline: Baseline): BaselineResult {
  const left = new Map<string, BaselineEntry[]>()
  for (const entry of baseline.findings) left.set(entry.fingerprint, [...(left.get(entry.fingerprint) ?? []), entry])
  let suppressed = 0
  const kept = reports.map((report) => {
    const findings = report.findings.filter((finding) => {
      const entries = left.get(finding.fingerprint)
      if (!entries || entries.length === 0) return true
      entries.pop()
      suppressed++
      return false
    })
    return {...report, findings, summary: summarize(findings)}
  })
  return {reports: kept, suppressed, ...splitUnused([...left.values()].flat(), kept)}
}

/** Unused entries with a new finding of the same rule in the same file were edited; the others are fixed. */
function splitUnused(unused: BaselineEntry[], reports: readonly CheckReport[]): {stale: BaselineEntry[]; edited: BaselineEntry[]} {
  const fresh = reports.flatMap((report) => report.findings.map((finding) => `${finding.rule}\u0000${findingPlace(report, finding)?.file ?? ''}`))
  const stale: BaselineEntry[] = []
  const edited: BaselineEntry[] = []
  for (const entry of unused) {
    const at = fresh.indexOf(`${entry.rule}\u0000${entry.file}`)
    if (at === -1) stale.push(entry)
    else {
      fresh.splice(at, 1)
      edited.push(entry)
    }
  }
  return {stale, edited}
}

/** Reads a baseline file's JSON; a malformed one is `InputError('bad-baseline')`. */
export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputError('bad-baseline', `${file}: not JSON (${(error as Error).message})`)
  }
  const version = (value as {version?: unknown} | null)?.version
  if (version !== undefined && version !== 1) {
    throw new InputError('bad-baseline', `${file}: baseline version ${JSON.stringify(version)}, this bitext reads version 1; write a new one with --write-baseline`)
  }
  const findings = (value as Partial<Baseline> | null)?.findings
  if (!Array.isArray(findings) || !findings.every((entry) => typeof (entry as BaselineEntry | null)?.fingerprint === 'string')) {
    throw new InputError('bad-baseline', `${file}: expected {"version": 1, "findings": [{"fingerprint": …}]}`)
  }
  return {version: 1, findings: findings as BaselineEntry[]}
}
