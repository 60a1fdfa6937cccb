import type {Bead} from '../align/types.js'
import type {Sentence} from '../document/types.js'
import type {AnchorComparison, Spans} from './compare-anchors.js'
import {compareAnchors} from './compare-anchors.js'
import type {CheckContext} from './context.js'
import {blocksLocation, sentencesLocation} from './locate.js'
import type {FindingLocation} from './types.js'

/** An aligned pair (a bead with both sides) with its anchor comparison and locations. */
export interface PairComparison {
  /** The block bead. */
  bead: Bead
  /** The sentence bead compared, when a long block pair is compared sentence by sentence. */
  sentences?: Bead
  comparison: AnchorComparison
  source: FindingLocation | null
  target: FindingLocation | null
}

/**
 * Compares the anchors of every bead that has both sides, code-only beads left out. A long block
 * pair (more than `longBlock` sentence beads: a file of one sentence a line) is compared sentence
 * bead by sentence bead instead, each pairing sentence bead on its own sentences and located on them:
 * what differs in one sentence is reported there, not in one finding spanning the file.
 */
export function comparePairs(context: CheckContext): PairComparison[] {
  const {alignment} = context
  const long = context.bySentencePairs
  const where = context.sentences
  return alignment.blocks
    .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
    .filter((bead) => !bead.source.every((index) => alignment.source.blocks[index]?.kind === 'code'))
    .flatMap((bead): PairComparison[] => {
      const sentenceBeads = long.get(bead)
      if (!sentenceBeads) {
        return [{bead, comparison: compareAnchors(context, bead), source: blocksLocation(alignment.source, bead.source), target: blocksLocation(alignment.target, bead.target)}]
      }
      return sentenceBeads
        .filter((sentences) => sentences.source.length > 0 && sentences.target.length > 0)
        .map((sentences) => ({
          bead,
          sentences,
          comparison: compareAnchors(context, bead, {source: spansOf(where.source, sentences.source), target: spansOf(where.target, sentences.target)}),
          source: sentencesLocation(alignment.source, sentences.source),
          target: sentencesLocation(alignment.target, sentences.target)
        }))
    })
}

type SentencePlaces = ReadonlyMap<number, Sentence>

/** The span of some consecutive sentences in their block's text, by block index. */
export function spansOf(places: SentencePlaces, sentences: readonly number[]): Spans['source'] {
  const spans = new Map<number, [number, number]>()
  for (const index of sentences) {
    const place = places.get(index)
    if (!place) continue
    const span = spans.get(place.block)
    spans.set(place.block, span ? [Math.min(span[0], place.start), Math.max(span[1], place.end)] : [place.start, place.end])
  }
  return spans
}
