// How `only-in-*` judges a run of sentences without counterpart in a long block pair (a file of one
// sentence a line), where the block lengths cannot: by the beads around it.
import type {Bead} from '../align/types.js'
import type {Sentence} from '../document/types.js'

type Side = 'source' | 'target'

/** The sentences of some beads on one side, read from the alignment's documents. */
export type SentencesOf = (side: Side, beads: readonly Bead[]) => Sentence[]

/**
 * Whether a run of orphans has the other side's orphans right before or after it: a sentence
 * replaced by an unrelated one (or rewritten past recognition) leaves one of each, and the other
 * side's orphan makes up the length the omission would otherwise show.
 */
export function besideOtherOrphans(beads: readonly Bead[], run: readonly number[], side: Side): boolean {
  const other = side === 'source' ? 'target' : 'source'
  const otherOrphan = (bead: Bead | undefined) => bead !== undefined && bead[side].length === 0 && bead[other].length > 0
  return otherOrphan(beads[(run[0] ?? 0) - 1]) || otherOrphan(beads[(run.at(-1) ?? 0) + 1])
}

/**
 * Whether a run of orphans reads as part of a neighbouring pair that the translator split (or
 * joined) differently: added to the bead right before or after it, it brings that bead's lengths
 * closer to the document's ratio. A missing sentence makes its neighbour too long instead.
 */
export function splitOfNeighbour(sentencesOf: SentencesOf, beads: readonly Bead[], run: readonly number[], side: Side, length: number, ratio: number): boolean {
  const other = side === 'source' ? 'target' : 'source'
  // Lengths of this side expected per character of the other.
  const scale = side === 'target' ? ratio : 1 / ratio
  const textLength = (bead: Bead, of: Side) => sentencesOf(of, [bead]).reduce((sum, sentence) => sum + sentence.text.length + 1, 0)
  const deviation = (own: number, counterpart: number) => Math.abs(Math.log((own + 1) / (scale * counterpart + 1)))
  return [beads[(run[0] ?? 0) - 1], beads[(run.at(-1) ?? 0) + 1]].some((neighbour) => {
    if (!neighbour || neighbour.source.length === 0 || neighbour.target.length === 0) return false
    const [own, counterpart] = [textLength(neighbour, side), textLength(neighbour, other)]
    return deviation(own + length, counterpart) < deviation(own, counterpart)
  })
}

/** Sentence beads on each side of a run of orphans whose lengths judge it in a long block pair. */
const nearby = 5

/** Positions split into runs of consecutive ones. */
export function orphanRuns(positions: readonly number[]): number[][] {
  const runs: number[][] = []
  for (const position of positions) {
    const last = runs.at(-1)
    if (last && last.at(-1) === position - 1) last.push(position)
    else runs.push([position])
  }
  return runs
}

/** The lengths of each side's sentences in the `nearby` beads either side of a run of orphans, the run included. */
export function nearbyLengths(sentencesOf: SentencesOf, beads: readonly Bead[], run: readonly number[], side: Side): {own: number; other: number} {
  const window = beads.slice(Math.max(0, (run[0] ?? 0) - nearby), (run.at(-1) ?? 0) + nearby + 1)
  const other = side === 'source' ? 'target' : 'source'
  const length = (sentences: readonly Sentence[]) => sentences.reduce((sum, sentence) => sum + sentence.text.length + 1, 0)
  return {own: length(sentencesOf(side, window)), other: length(sentencesOf(other, window))}
}
