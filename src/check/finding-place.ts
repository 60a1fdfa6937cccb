import type {CheckReport, FindingJson, FindingLocation} from '../check/types.js'

/** Where a finding is shown: its file and location (the target side when it has one). */
export interface FindingPlace {
  /** File path; `''` when neither the location nor the report knows it. */
  file: string
  side: 'source' | 'target'
  location: FindingLocation
  /** The other side's location, when the finding has both. */
  counterpart: {file: string; location: FindingLocation} | null
}

/** The place reporters print a finding at: the target location, else the source one. */
export function findingPlace(report: CheckReport, finding: FindingJson): FindingPlace | null {
  const side = finding.target ? 'target' : 'source'
  const location = finding[side]
  if (!location) return null
  const otherSide = side === 'target' ? 'source' : 'target'
  const other = finding[otherSide]
  return {
    file: fileOf(report, side, location),
    side,
    location,
    counterpart: other ? {file: fileOf(report, otherSide, other), location: other} : null
  }
}

function fileOf(report: CheckReport, side: 'source' | 'target', location: FindingLocation): string {
  return location.path ?? report[side].path ?? ''
}
