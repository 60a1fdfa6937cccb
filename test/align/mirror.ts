import type {Bead} from '../../src/align/types.js'

/** The beads with the sides swapped. */
export const mirror = (beads: readonly Bead[]) => beads.map((bead) => ({source: bead.target, target: bead.source, score: bead.score}))

/** Runs of null beads in a canonical order (source-only first), so that mirrored alignments compare equal. */
export const canonical = (beads: readonly Bead[]) => {
  const result: Bead[] = []
  let run: Bead[] = []
  const flush = () => (result.push(...run.filter((b) => b.target.length === 0), ...run.filter((b) => b.source.length === 0)), (run = []))
  for (const bead of beads) bead.source.length === 0 || bead.target.length === 0 ? run.push(bead) : (flush(), result.push(bead))
  flush()
  return result
}
