import type {BitextDocument} from '../document/types.js'

/**
 * A bead: units of the source paired with units of the target.
 * `source: [3], target: []` is a 1-0 bead (no counterpart).
 */
export interface Bead {
  /** Indices of source units, ascending and contiguous. */
  source: number[]
  /** Indices of target units, ascending and contiguous. */
  target: number[]
  /** Confidence in [0, 1]. */
  score: number
}

/** The result of `align`: block beads, and sentence beads within them. */
export interface Alignment {
  source: BitextDocument
  target: BitextDocument
  /** Block beads; indices are `Block.index`. Monotonic, covering every block once. */
  blocks: Bead[]
  /** Sentence beads; indices are `Sentence.index`. Monotonic, covering every sentence once. */
  sentences: Bead[]
  /**
   * Sentences that translate each other out of order (`findSentenceMoves`), as 1-1 beads: each
   * source sentence is in a 1-0 bead of `sentences`, each target sentence in a 0-1 bead. Absent
   * from alignments built by hand.
   */
  moved?: Bead[]
}
