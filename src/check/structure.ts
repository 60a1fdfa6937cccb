import type {BitextDocument} from '../document/types.js'
import {dice} from '../text/dice.js'
import {blockWords} from './block-anchors.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import type {Gap} from './gaps.js'
import {blocksLocation} from './locate.js'

/** Share of words both sides of a gap must have in common to be the same content. */
const minSimilarity = 0.6
/** Fewer words than this on a side and a shared word proves nothing. */
const minWords = 4

/** A gap whose two sides hold the same content in different blocks. */
export interface Restructured extends Gap {
  /** Dice coefficient of the two sides' words (multisets), in [0, 1]. */
  similarity: number
}

/**
 * The gaps whose two sides say the same thing in another shape: the same
 * list written as one paragraph on one side and as forty list items on the
 * other, a paragraph split in two. Their blocks are not "without
 * counterpart". Compared by the words both sides share (names, numbers,
 * identifiers and words kept in the same language), so a translated list
 * whose words differ stays a pair of omissions.
 */
export function findRestructured(context: CheckContext, gaps: readonly Gap[]): Restructured[] {
  const found: Restructured[] = []
  for (const gap of gaps) {
    if (gap.source.length === 0 || gap.target.length === 0) continue
    const source = gap.source.flatMap((block) => blockWords(context.anchors.source, block))
    const target = gap.target.flatMap((block) => blockWords(context.anchors.target, block))
    if (source.length < minWords || target.length < minWords) continue
    const similarity = dice(source, target)
    if (similarity >= minSimilarity) found.push({...gap, similarity})
  }
  return found
}

/**
 * `structure`: one note per restructured gap (info by default): the content is
 * there on both sides, in a different number of blocks — worth a look, not a
 * missing translation.
 */
export function checkStructure(context: CheckContext, restructured: readonly Restructured[]): Finding[] {
  const severity = context.settings.structure
  if (severity === 'off') return []
  return restructured.map((gap) =>
    createFinding({
      rule: 'structure',
      severity,
      message: `Same content in another shape: ${count(context.alignment.source, gap.source)} in the source, ${count(context.alignment.target, gap.target)} in the target`,
      source: blocksLocation(context.alignment.source, gap.source),
      target: blocksLocation(context.alignment.target, gap.target),
      evidence: {sourceBlocks: gap.source.length, targetBlocks: gap.target.length, similarity: Math.round(gap.similarity * 100) / 100}
    })
  )
}

function count(document: BitextDocument, blocks: readonly number[]): string {
  const kinds = new Set(blocks.map((index) => document.blocks[index]?.kind ?? 'block'))
  const kind = kinds.size === 1 ? [...kinds][0] ?? 'block' : 'block'
  const name = kind.replace('-', ' ')
  return `${blocks.length} ${name}${blocks.length === 1 ? '' : 's'}`
}
