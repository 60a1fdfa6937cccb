import {align} from '../align/align.js'
import type {BitextDocument, Block} from '../document/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blockLocation} from './locate.js'
import {hasContent} from './prose.js'

/** A block whose counterpart sits elsewhere. */
export interface Move {
  source: number
  target: number
  score: number
}

/** Orphans re-aligned with at least this score are taken as counterparts. */
const minScore = 0.5
/** More orphans than this on a side and moves are not searched (a wholly different pair). */
const maxOrphans = 400

/**
 * `moved`: a block with no counterpart in place whose counterpart sits
 * elsewhere in the other document. The blocks left without counterpart on
 * each side are aligned again among themselves (`align`); a confident 1-1
 * bead between two of them that are not neighbours in the alignment is a
 * move. One finding carries both locations.
 */
export function findMoves(context: CheckContext): Move[] {
  if (context.settings.moved === 'off') return []
  const {alignment} = context
  const sourceOrphans = orphans(context, 'source')
  const targetOrphans = orphans(context, 'target')
  if (sourceOrphans.length === 0 || targetOrphans.length === 0 || Math.max(sourceOrphans.length, targetOrphans.length) > maxOrphans) return []
  const realigned = align(subDocument(alignment.source, sourceOrphans), subDocument(alignment.target, targetOrphans))
  const rows = new Map(alignment.blocks.map((bead, row) => [bead, row]))
  const rowOf = (side: 'source' | 'target', index: number) => rows.get((side === 'source' ? context.sourceBead : context.targetBead)[index] ?? alignment.blocks[0]!) ?? 0
  return realigned.blocks.flatMap((bead) => {
    const source = sourceOrphans[bead.source[0] ?? -1]
    const target = targetOrphans[bead.target[0] ?? -1]
    if (bead.source.length !== 1 || bead.target.length !== 1 || !source || !target || bead.score < minScore) return []
    if (Math.abs(rowOf('source', source.index) - rowOf('target', target.index)) < 2) return []
    return [{source: source.index, target: target.index, score: bead.score}]
  })
}

/** The findings of the moves. */
export function checkMoved(context: CheckContext, moves: readonly Move[]): Finding[] {
  const severity = context.settings.moved
  if (severity === 'off') return []
  const {source, target} = context.alignment
  return moves.map((move) => {
    const from = blockLocation(source, move.source)
    const to = blockLocation(target, move.target)
    return createFinding({
      rule: 'moved',
      severity,
      message: `Block moved: source line ${from?.line ?? '?'} is translated at target line ${to?.line ?? '?'}, out of order`,
      source: from,
      target: to,
      evidence: {score: move.score}
    })
  })
}

function orphans(context: CheckContext, side: 'source' | 'target'): Block[] {
  const other = side === 'source' ? 'target' : 'source'
  const beads = side === 'source' ? context.sourceBead : context.targetBead
  return context.alignment[side].blocks.filter((block) => beads[block.index]?.[other].length === 0 && hasContent(block.text))
}

/** A document of some blocks only, renumbered from 0 (blocks and sentences). */
function subDocument(document: BitextDocument, blocks: Block[]): BitextDocument {
  let sentence = 0
  const renumbered = blocks.map((block, index) => ({
    ...block,
    index,
    sentences: block.sentences.map((item) => ({...item, index: sentence++, block: index}))
  }))
  return {...document, blocks: renumbered, sections: []}
}
