import type {AlignedWindow} from '../align/align-windows.js'
import type {Alignment} from '../align/types.js'
import type {BuildMemoryOptions, MemoryExclusions} from './build-memory.js'
import {memoryUnits} from './build-memory.js'
import type {TranslationUnit, UnitOrigin} from './types.js'

/** Options of `buildMemoryInWindows`: those of `buildMemory`, with the blocks to skip chosen per window. */
export interface BuildMemoryWindowsOptions extends Omit<BuildMemoryOptions, 'exclude'> {
  /** Block (and sentence) indices of the window's alignment to skip, per side (`check`'s divergent blocks, …). Default: none. */
  exclude?: (alignment: Alignment) => MemoryExclusions
}

/**
 * `buildMemory` of a pair aligned window by window (`alignWindows`), one window's units at a time,
 * so that a store can take them while the next window is aligned. Units are those `buildMemory`
 * would keep from each window's alignment, without a unit an earlier window gave; their origins
 * are numbered in the whole documents, and a block before the window's first heading keeps the
 * heading of the section it is in.
 *
 * @example
 *   for (const units of buildMemoryInWindows(alignWindows(sourceStream, targetStream))) await memory.add(units)
 */
export function* buildMemoryInWindows(windows: Iterable<AlignedWindow>, options: BuildMemoryWindowsOptions = {}): Generator<TranslationUnit[]> {
  const {exclude, ...rest} = options
  const shared: BuildMemoryOptions = {...rest, created: options.created ?? new Date()}
  const seen = new Set<string>()
  const heading: {source: string | undefined; target: string | undefined} = {source: undefined, target: undefined}
  for (const {alignment, offset} of windows) {
    const units = memoryUnits(alignment, exclude ? {...shared, exclude: exclude(alignment)} : shared, seen)
    const before = {...heading}
    for (const side of ['source', 'target'] as const) heading[side] = lastHeading(alignment, side) ?? heading[side]
    yield units.map((unit) =>
      unit.origin ? {...unit, origin: {source: placed(unit.origin.source, offset.source.block, before.source), target: placed(unit.origin.target, offset.target.block, before.target)}} : unit
    )
  }
}

/** An origin of a window numbered in the whole document, given the section heading it is in when the window has none before it. */
function placed(origin: UnitOrigin, offset: number, heading: string | undefined): UnitOrigin {
  const moved: UnitOrigin = {...origin, block: origin.block + offset}
  if (moved.section === undefined && heading !== undefined) moved.section = heading
  return moved
}

/** The text of the window's last heading on one side, if it has one. */
function lastHeading(alignment: Alignment, side: 'source' | 'target'): string | undefined {
  const blocks = alignment[side].blocks
  for (let index = blocks.length - 1; index >= 0; index--) if (blocks[index]?.kind === 'heading') return blocks[index]?.text
  return undefined
}
