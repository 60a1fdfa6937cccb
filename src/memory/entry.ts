/**
 * The index numbers each side of each unit as an entry: `unit × 2 + side`,
 * side 0 the source and 1 the target, so that one integer list holds both
 * sides of a memory. These helpers are the only place that knows it.
 */

/** The entry of side `side` (0 source, 1 target) of unit `unit`. */
export function entryOf(unit: number, side: number): number {
  return unit * 2 + side
}

/** The unit an entry belongs to. */
export function unitOf(entry: number): number {
  return entry >> 1
}

/** Whether an entry is a unit's target side. */
export function isTargetEntry(entry: number): boolean {
  return (entry & 1) === 1
}

/** The entry of the other side of the same unit. */
export function otherEntry(entry: number): number {
  return entry ^ 1
}

/** Both entries of a unit, source first. */
export function entriesOf(unit: number): [number, number] {
  return [unit * 2, unit * 2 + 1]
}
