import type {Block} from '../document/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blockLocation} from './locate.js'
import {tokenize} from '../text/tokenize.js'
import {hasContent} from './prose.js'
import type {AnchorComparison} from './compare-anchors.js'
import {compareAnchors} from './compare-anchors.js'
import {anchorScore, shapeScore} from './shape-score.js'
import type {WordAssociation} from './word-association.js'
import {associationScore, blockStems, learnAssociation} from './word-association.js'
import {findKeyMoves} from './key-moves.js'
import type {NameCounts} from './shared-names.js'
import {nameBlockCounts, sharedRareNames} from './shared-names.js'

/** A block whose counterpart sits elsewhere. */
export interface Move {
  source: number
  target: number
  score: number
}

/** Orphans that look this alike (shape and learned words together) may be counterparts; tuned on the bench. */
const minScore = 0.5
/** Among many orphans, a move also needs this much word association (or two shared names or numbers). */
const minCrowdedWords = 0.2
/** Blocks with fewer words have no telling shape. */
const minWords = 4
/** More orphans than this on a side and moves are not searched (a wholly different pair). */
const maxOrphans = 200

/**
 * `moved`: a block with no counterpart in place whose counterpart sits
 * elsewhere in the other document. Each orphan source block is compared with
 * each orphan target block: their shape (length, sentences, names and numbers,
 * punctuation: `shapeScore`) and the words the pair's aligned blocks show to
 * translate each other (`associationScore`), weighted 4 to 1; only blocks of
 * one kind (headings, code, other) and of four words or more. Two orphans that
 * are each other's best match, score at least 0.5 (more when there are over
 * ten orphans on a side: +0.1 per tenfold, as chance matches grow, and then
 * also a word association of 0.2 or two shared names or numbers), and are not neighbours in
 * the alignment are a move. Before that, orphans that point to the same address or read the
 * same are paired (`findKeyMoves`), however many orphans there are. One finding carries both
 * locations.
 */
export function findMoves(context: CheckContext): Move[] {
  if (context.settings.moved === 'off') return []
  const allSources = orphans(context, 'source')
  const allTargets = orphans(context, 'target')
  const byKeys = findKeyMoves(context, allSources, allTargets)
  const linked = {source: new Set(byKeys.map((move) => move.source)), target: new Set(byKeys.map((move) => move.target))}
  const sources = allSources.filter((block) => !linked.source.has(block.index))
  const targets = allTargets.filter((block) => !linked.target.has(block.index))
  return [...byKeys, ...movesByShape(context, sources, targets)].sort((a, b) => a.source - b.source)
}

/** Moves among the orphans by shape and word association (see `findMoves`). */
function movesByShape(context: CheckContext, sources: Block[], targets: Block[]): Move[] {
  const crowd = Math.max(sources.length, targets.length)
  if (sources.length === 0 || targets.length === 0 || crowd > maxOrphans) return []
  const bar = {threshold: minScore + 0.1 * Math.log10(Math.max(1, crowd / 10)), crowded: crowd > 10}
  const scores = scoreOrphans(context, sources, targets, bar)
  return sources.flatMap((source, i) => {
    const row = scores[i] ?? []
    const j = row.indexOf(Math.max(...row))
    const target = targets[j]
    const value = row[j] ?? 0
    const column = scores.map((other) => other[j] ?? 0)
    if (!target || value < bar.threshold || column.indexOf(Math.max(...column)) !== i || !apart(context, source.index, target.index)) return []
    return [{source: source.index, target: target.index, score: Math.round(value * 100) / 100}]
  })
}

/** The move score of every orphan pair (0 for pairs ruled out); word associations learned only when needed. */
function scoreOrphans(context: CheckContext, sources: Block[], targets: Block[], bar: {threshold: number; crowded: boolean}): number[][] {
  const {alignment} = context
  let association: WordAssociation | undefined
  let names: NameCounts | undefined
  const stems = (block: Block, side: 'source' | 'target') => blockStems(block, alignment[side].lang)
  return sources.map((source) =>
    targets.map((target) => {
      if (!comparable(source, target)) return 0
      const compared = compareAnchors(context, {source: [source.index], target: [target.index], score: 0})
      if (anchorsDisagree(compared)) return 0
      names ??= nameBlockCounts(context)
      const anchors = {...compared, matched: compared.matched + sharedRareNames(context, names, source.index, target.index)}
      const shape = shapeScore(source, target, context.lengthRatio, anchors)
      if (4 * shape + 1 < 5 * bar.threshold) return 0
      association ??= learnAssociation(alignment)
      const words = associationScore(association, stems(source, 'source'), stems(target, 'target'))
      if (bar.crowded && words < minCrowdedWords && anchors.matched < 2) return 0
      return (4 * shape + words) / 5
    })
  )
}

/** Blocks of one kind (heading, code, other) with enough words to have a shape. */
function comparable(source: Block, target: Block): boolean {
  const kind = (block: Block) => (block.kind === 'heading' || block.kind === 'code' ? block.kind : 'text')
  return kind(source) === kind(target) && [source, target].every((block) => tokenize(block.text).length >= minWords)
}

/** Names and numbers that mostly differ (three or more, under a third shared) rule a pair out. */
function anchorsDisagree(anchors: AnchorComparison): boolean {
  const {numbers, verbatim, known, matched} = anchors
  const all = matched + [numbers, verbatim, known].reduce((sum, side) => sum + side.source.length + side.target.length, 0)
  return all >= 3 && anchorScore(anchors) < 1 / 3
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

/**
 * Whether an aligned row (a bead with both sides) stands between the two
 * blocks' rows. Orphans in one stretch of orphans are in place: the aligner
 * missed a pairing there, nothing moved.
 */
function apart(context: CheckContext, source: number, target: number): boolean {
  const {blocks} = context.alignment
  const rows = new Map(blocks.map((bead, row) => [bead, row]))
  const sourceRow = rows.get(context.sourceBead[source] ?? blocks[0]!) ?? 0
  const targetRow = rows.get(context.targetBead[target] ?? blocks[0]!) ?? 0
  const [from, to] = sourceRow < targetRow ? [sourceRow, targetRow] : [targetRow, sourceRow]
  return blocks.slice(from + 1, to).some((bead) => bead.source.length > 0 && bead.target.length > 0)
}
