import {buildSections} from '../document/build-sections.js'
import type {BitextDocument, Block, DocumentFormat} from '../document/types.js'
import {align} from './align.js'
import type {AlignOptions} from './options.js'
import type {Alignment, Bead} from './types.js'

/** A document whose blocks are read once, in order (`streamDocument`'s stream, or a whole model). */
export interface BlockSource {
  lang: string
  langConfidence: number
  format: DocumentFormat
  path?: string
  blocks: Iterable<Block>
}

/** Options of `alignWindows`: those of `align`, and how much of each side is aligned at once. */
export interface WindowOptions extends AlignOptions {
  /** Most blocks of a side in one window. Default `16384`. */
  windowBlocks?: number
  /** Most characters of block text of a side in one window (a window holds at least one block). Default `1_000_000`. */
  windowChars?: number
}

/** Blocks and sentences of one side that come before a window. */
export interface WindowOffset {
  block: number
  sentence: number
}

/** One stretch of the pair, aligned: its documents hold the stretch's blocks, numbered from 0. */
export interface AlignedWindow {
  alignment: Alignment
  offset: {source: WindowOffset; target: WindowOffset}
}

/** A cut after this many consecutive confident 1-1 block beads. */
const run = 3
/** The least score of a bead in that run (the sentence level's bar for teaching the second pass). */
const confident = 0.35

/**
 * Aligns two documents a window at a time, so that neither document is ever held whole:
 * each side's next blocks (up to `windowBlocks` or `windowChars`) are aligned with `align`,
 * and the beads up to a safe cut are kept — the last of `run` confident 1-1 block beads in the
 * first two thirds of both windows; the rest is aligned again with the blocks that follow. The
 * stretches, one after the other, cover every block once and are monotonic, as `align`'s beads
 * are. What a window cannot see is lost: a block moved farther than a window reads as dropped on
 * one side and added on the other, and a side that lacks more than a third of a window of the
 * other may be cut where no confident run exists (then at the last bead inside both thirds).
 *
 * @example
 *   for (const {alignment, offset} of alignWindows(sourceStream, targetStream)) check(alignment)
 */
export function* alignWindows(source: BlockSource, target: BlockSource, options: WindowOptions = {}): Generator<AlignedWindow> {
  const limits = {blocks: options.windowBlocks ?? 16_384, chars: options.windowChars ?? 1_000_000}
  if (!Number.isInteger(limits.blocks) || limits.blocks < 1) throw new RangeError(`alignWindows: expected \`windowBlocks\` to be an integer ≥ 1, got ${limits.blocks}`)
  const sides = [windowReader(source, limits), windowReader(target, limits)] as const
  for (;;) {
    for (const side of sides) side.fill()
    const [left, right] = sides
    const last = left.done() && right.done()
    const alignment = align(left.document(), right.document(), options)
    const cut = last ? alignment.blocks.length : cutAt(alignment.blocks, left.bound(), right.bound())
    const kept = keptPrefix(alignment, cut)
    yield {alignment: kept, offset: {source: left.offset(), target: right.offset()}}
    left.drop(kept.source.blocks.length)
    right.drop(kept.target.blocks.length)
    if (last) return
  }
}

/**
 * How many block beads to keep: through the last bead that ends a run of `run` confident 1-1
 * beads inside both bounds; without one, the beads that end inside both bounds (at least one).
 */
function cutAt(beads: readonly Bead[], sourceBound: number, targetBound: number): number {
  const inside = (bead: Bead) => (bead.source.at(-1) ?? -1) < sourceBound && (bead.target.at(-1) ?? -1) < targetBound
  let streak = 0
  let best = 0
  let within = 0
  for (let index = 0; index < beads.length; index++) {
    const bead = beads[index] as Bead
    if (!inside(bead)) break
    within = index + 1
    streak = bead.source.length === 1 && bead.target.length === 1 && bead.score >= confident ? streak + 1 : 0
    if (streak >= run) best = index + 1
  }
  return best > 0 ? best : Math.max(1, within)
}

/** The first `count` block beads, their sentence beads and moves, and documents of just their blocks. */
function keptPrefix(alignment: Alignment, count: number): Alignment {
  const blocks = alignment.blocks.slice(0, count)
  const end = (side: 'source' | 'target') => blocks.reduce((most, bead) => Math.max(most, (bead[side].at(-1) ?? -1) + 1), 0)
  const source = truncated(alignment.source, end('source'))
  const target = truncated(alignment.target, end('target'))
  const sentencesOf = (document: BitextDocument) => document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
  const [sourceSentences, targetSentences] = [sentencesOf(source), sentencesOf(target)]
  const kept = (bead: Bead) => bead.source.every((index) => index < sourceSentences) && bead.target.every((index) => index < targetSentences)
  return {source, target, blocks, sentences: alignment.sentences.filter(kept), moved: (alignment.moved ?? []).filter(kept)}
}

function truncated(document: BitextDocument, blocks: number): BitextDocument {
  if (blocks === document.blocks.length) return document
  const kept = document.blocks.slice(0, blocks)
  return {...document, blocks: kept, sections: buildSections(kept)}
}

/** One side's blocks not yet kept, read on demand, and what came before them. */
function windowReader(document: BlockSource, limits: {blocks: number; chars: number}) {
  const iterator = document.blocks[Symbol.iterator]()
  let pending: Block[] = []
  let chars = 0
  let finished = false
  const offset: WindowOffset = {block: 0, sentence: 0}
  return {
    fill() {
      while (!finished && pending.length < limits.blocks && (pending.length === 0 || chars < limits.chars)) {
        const next = iterator.next()
        if (next.done) finished = true
        else {
          pending.push(next.value)
          chars += next.value.text.length
        }
      }
    },
    /** No blocks beyond the window. */
    done: () => finished,
    /** Beads may be kept up to here: the first two thirds of the window, or all of it once the side is read. */
    bound: () => (finished ? pending.length : Math.floor((pending.length * 2) / 3)),
    offset: (): WindowOffset => ({...offset}),
    document(): BitextDocument {
      const blocks = pending.map((block) => renumbered(block, offset))
      const shown: BitextDocument = {lang: document.lang, langConfidence: document.langConfidence, format: document.format, blocks, sections: buildSections(blocks)}
      if (document.path !== undefined) shown.path = document.path
      return shown
    },
    drop(count: number) {
      for (const block of pending.slice(0, count)) {
        offset.sentence += block.sentences.length
        chars -= block.text.length
      }
      offset.block += count
      pending = pending.slice(count)
    }
  }
}

/** A block numbered within its window (its sentences too). */
function renumbered(block: Block, offset: WindowOffset): Block {
  if (offset.block === 0 && offset.sentence === 0) return block
  return {
    ...block,
    index: block.index - offset.block,
    sentences: block.sentences.map((sentence) => ({...sentence, index: sentence.index - offset.sentence, block: sentence.block - offset.block}))
  }
}
