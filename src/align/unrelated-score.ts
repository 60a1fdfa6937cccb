import type {Bead} from './types.js'

/**
 * Below this score a 1-1 bead's two sides are more likely unrelated text than a translation
 * of each other. A 1-1 score is √(length agreement × share of shared evidence), so it is only
 * low when the lengths disagree or the two sides share little of their numbers, names,
 * identical tokens, cognates and learned word pairs.
 *
 * Calibrated by `npm run bench:align-scores`: on the NTREX en→tr task it is the threshold of
 * best F1 for telling random sentence pairings from gold 1-1 beads (seeds 1-2: precision 0.94,
 * recall 0.95). The same bench measures it on the real Turkish/English pairs, where a paragraph
 * replaced by an unrelated one of similar length scores below it far more often than a faithful
 * paragraph does — but only once both sides are long enough to carry evidence (see `check`'s
 * `divergent`): a short heading pair has no shared evidence and often scores lower.
 */
export const unrelatedBelow = 0.47

/** Whether a bead pairs exactly one unit with one unit and its score says the two are unrelated. */
export function saysUnrelated(bead: Bead): boolean {
  return bead.source.length === 1 && bead.target.length === 1 && bead.score < unrelatedBelow
}
