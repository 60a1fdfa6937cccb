import type {DistanceScratch} from '../text/edit-distance.js'
import {boundedDistance, createScratch} from '../text/edit-distance.js'

/** The distance table's rows, made on first use and grown as needed: `isCognate` is asked for every pair of names of a bead. */
let scratch: DistanceScratch | undefined

/** Folded names this long or longer can be cognates. */
const minimumLength = 4

/**
 * Whether two folded names look like the same name in two languages: equal, or sharing a
 * prefix of 4+ letters that covers 60% of the shorter (`azerbaycan` ~ `azerbaijan`,
 * `programinin` ~ `programme`), or (5+ letters) within an edit distance of a quarter of
 * the longer (`kazakistan` ~ `kazakhstan`).
 */
export function isCognate(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = Math.min(a.length, b.length)
  if (shorter < minimumLength) return false
  let prefix = 0
  while (prefix < shorter && a[prefix] === b[prefix]) prefix++
  if (prefix >= minimumLength && prefix >= 0.6 * shorter) return true
  const longer = Math.max(a.length, b.length)
  if (shorter < 5 || longer > 40) return false
  // Bounded: most names tried against each other differ early, and the work stops there.
  scratch ??= createScratch()
  return boundedDistance(a, b, Math.floor(0.25 * longer), scratch) <= 0.25 * longer
}
