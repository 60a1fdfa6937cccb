import {alignSequence} from './align-sequence.js'
import type {Step} from './backtrack.js'
import type {ScorerSettings} from './score-bead.js'
import {createBeadScorer} from './score-bead.js'
import type {UnitFeatures} from './unit-features.js'

/** Units merged into one at each coarser level. */
const factor = 4

/** What `coarseGuide` searches with, already resolved. */
export interface CoarseSettings extends ScorerSettings {
  maxUnits: number
  /** First half-width of the band around the projected coarser path. */
  band: number
  /** Widest band around a projected path (the band doubles while the path runs along its edge). */
  maxBand: number
  /** Sides at most this long are searched whole (around the diagonal); longer ones through a coarser level. */
  limit: number
}

/**
 * A guide for the search of two long unit lists (coarse to fine, as FastDTW does for time series):
 * both sides are merged `factor` units at a time, the merged lists aligned (through coarser levels
 * again while a side is longer than `limit`), and each merged bead projected back onto the
 * rectangle of units it covers. Each level searches a narrow band around the level above, so the
 * work grows with the length of the documents, not with its square.
 */
export function coarseGuide(source: readonly UnitFeatures[], target: readonly UnitFeatures[], settings: CoarseSettings, size = factor): Array<[number, number]> {
  const coarseSource = merge(source)
  const coarseTarget = merge(target)
  const long = Math.max(coarseSource.length, coarseTarget.length) > settings.limit
  const guide = long ? coarseGuide(coarseSource, coarseTarget, settings, size * factor) : undefined
  const scorer = createBeadScorer(coarseSource, coarseTarget, {...settings, scorer: undefined, level: 'coarse', size})
  const steps = alignSequence(coarseSource.length, coarseTarget.length, scorer.cost, {maxUnits: settings.maxUnits, band: settings.band, guide, maxBand: guide ? settings.maxBand : undefined})
  return project(steps, source.length, target.length)
}

/** Units `factor` at a time: lengths added, keys together, text and headings left out. */
function merge(units: readonly UnitFeatures[]): UnitFeatures[] {
  const merged: UnitFeatures[] = []
  for (let first = 0; first < units.length; first += factor) {
    const unit: UnitFeatures = {text: '', length: 0, keys: [], stems: [], heading: false}
    for (let index = first; index < Math.min(units.length, first + factor); index++) {
      const part = units[index] as UnitFeatures
      unit.length += part.length
      for (const key of part.keys) unit.keys.push(key)
    }
    unit.keys = unit.keys.slice()
    merged.push(unit)
  }
  return merged
}

/** The fine lattice points of each coarse bead's rectangle: for each of its rows, its first and last column. */
function project(steps: readonly Step[], n: number, m: number): Array<[number, number]> {
  const points: Array<[number, number]> = [[0, 0]]
  for (const step of steps) {
    const [top, bottom] = [Math.min(n, step.i * factor), Math.min(n, (step.i + step.k) * factor)]
    const [left, right] = [Math.min(m, step.j * factor), Math.min(m, (step.j + step.l) * factor)]
    for (let row = top; row <= bottom; row++) points.push([row, left], [row, right])
  }
  points.push([n, m])
  return points
}
