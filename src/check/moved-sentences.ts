import type {Bead} from '../align/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {sentenceLocation, sentencesLocation} from './locate.js'
import {compareAnchors} from './compare-anchors.js'
import type {PairComparison} from './pair-comparison.js'
import {spansOf} from './pair-comparison.js'

/** The sentences of each side that moved (`sentenceMoves`), by sentence index. */
export interface MovedSentences {
  source: ReadonlySet<number>
  target: ReadonlySet<number>
}

/**
 * The sentence moves of the alignment (`Alignment.moved`: a sentence without counterpart in place
 * whose translation stands elsewhere) whose two sentences are in blocks paired with others; a
 * sentence of a block without counterpart is the block's (`moved` or `only-in-*` of the block).
 */
export function sentenceMoves(context: Pick<CheckContext, 'alignment' | 'settings' | 'sentences' | 'sourceBead' | 'targetBead'>): Bead[] {
  if (context.settings.moved === 'off') return []
  const paired = (side: 'source' | 'target', index: number | undefined) => {
    const block = context.sentences[side].get(index ?? -1)?.block ?? -1
    const bead = (side === 'source' ? context.sourceBead : context.targetBead)[block]
    return bead !== undefined && bead.source.length > 0 && bead.target.length > 0
  }
  return (context.alignment.moved ?? []).filter((bead) => paired('source', bead.source[0]) && paired('target', bead.target[0]))
}

/**
 * Each moved pair compared as a pair of its own (its numbers, names and acronyms), for
 * `number-mismatch` and `name-mismatch`: a sentence moved and changed is reported both ways. Read
 * before `createContext` leaves the moved sentences' anchors out of their blocks.
 */
export function compareMoved(context: CheckContext, moves: readonly Bead[]): PairComparison[] {
  const {alignment, sentences} = context
  return moves.map((move) => {
    const bead = {source: [sentences.source.get(move.source[0] ?? -1)?.block ?? -1], target: [sentences.target.get(move.target[0] ?? -1)?.block ?? -1], score: move.score}
    const within = {source: spansOf(sentences.source, move.source), target: spansOf(sentences.target, move.target)}
    return {bead, sentences: move, comparison: compareAnchors(context, bead, within), source: sentencesLocation(alignment.source, move.source), target: sentencesLocation(alignment.target, move.target)}
  })
}

/** The moved sentences of each side, for `only-in-*` to leave out. */
export function movedSentences(moves: readonly Bead[]): MovedSentences {
  return {source: new Set(moves.flatMap((bead) => bead.source)), target: new Set(moves.flatMap((bead) => bead.target))}
}

/** `moved` at the sentence level: one finding per moved sentence, with both places. */
export function checkMovedSentences(context: CheckContext, moves: readonly Bead[]): Finding[] {
  const severity = context.settings.moved
  if (severity === 'off') return []
  const {source, target} = context.alignment
  return moves.flatMap((move) => {
    const from = sentenceLocation(source, move.source[0] ?? -1)
    const to = sentenceLocation(target, move.target[0] ?? -1)
    if (!from || !to) return []
    return [
      createFinding({
        rule: 'moved',
        severity,
        message: `Sentence moved: source line ${from.line} is translated at target line ${to.line}, out of order`,
        source: from,
        target: to,
        evidence: {level: 'sentence', score: move.score},
        highlight: {source: [from.text], target: [to.text]}
      })
    ]
  })
}
