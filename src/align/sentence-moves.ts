import type {Step} from './backtrack.js'
import type {BeadScorer} from './score-bead.js'
import type {Bead} from './types.js'
import type {Interner, UnitFeatures} from './unit-features.js'

/**
 * A moved pair must score at least this, more than `unrelatedBelow`: a pair found out of order has
 * no place to vouch for it. Measured by `npm run bench:check-moves` (NTREX, 22 pairs and directions,
 * 220 windows of 30 lines, one line moved in each; before `minShared`): at 0.6, 145 moves found and
 * 2 reported in the same windows perturbed with drops and inserts, where nothing moved; at 0.47,
 * 184 and 21; at 0.67, 131 and 1.
 */
export const minMoveScore = 0.6
/**
 * …and share this many evidence keys or more, one of them more than punctuation or a learned word
 * pair: one shared mark or number is chance (on NTREX en-tr, `"Beyzbol şapkası aldım, o kadar,"
 * diye konuştu.` scored 0.76 against `"There was no time to save ourselves.`, sharing only their
 * quotation marks), and so are learned pairs alone (NTREX en-fr: `Trump took a much more optimistic
 * view in his rally speech.` 0.64 against a sentence about bars). On bench:check-moves: two keys,
 * 120 moves found instead of 145, 1 reported where nothing moved instead of 2, 6 wrong moves beside
 * the right ones as before; one of them telling, 112 found, 1 where nothing moved, no wrong move.
 * Over the corpora and real pairs the three such pairs (all wrong) are gone.
 */
const minShared = 2
/** More units without counterpart than this on a side and no moves are searched (a wholly different pair). */
const maxOrphans = 200

/**
 * Sentences that translate each other out of order. The search pairs units in order only, so a
 * sentence moved to another place comes out as one unit without counterpart on each side; a
 * source sentence without counterpart (a 1-0 step) and a target sentence without counterpart (a
 * 0-1 step) went to each other's place when each is the other's best match among the units
 * without counterpart (strictly: a tie says nothing), they score at least `minMoveScore` as a 1-1
 * bead sharing `minShared` keys (one of them not in `weakKeys`), and a paired step stands between
 * them (two side by side are a pair the search left apart in place, not a move). Returned as 1-1
 * beads with their scores, in source order.
 */
export function findSentenceMoves(steps: readonly Step[], scorer: BeadScorer, units: {source: readonly UnitFeatures[]; target: readonly UnitFeatures[]; keys: Interner}): Bead[] {
  const sources: Array<{unit: number; at: number}> = []
  const targets: Array<{unit: number; at: number}> = []
  // `paired[n]`: how many paired steps come before step `n`.
  const paired: number[] = []
  let count = 0
  steps.forEach((step, at) => {
    paired.push(count)
    if (step.k > 0 && step.l > 0) count++
    else if (step.k === 1) sources.push({unit: step.i, at})
    else if (step.l === 1) targets.push({unit: step.j, at})
  })
  if (sources.length === 0 || targets.length === 0 || sources.length > maxOrphans || targets.length > maxOrphans) return []
  const weak = weakKeys(units.keys)
  /** Whether the two units share a key that is not `weak`. */
  const telling = (s: number, t: number) => {
    const own = new Set(units.source[s]?.keys.filter((key) => weak[key] !== 1))
    return units.target[t]?.keys.some((key) => own.has(key)) ?? false
  }
  const scores = sources.map((source) => targets.map((target) => scorer.score(source.unit, 1, target.unit, 1)))
  const moves: Bead[] = []
  sources.forEach((source, row) => {
    const line = scores[row] ?? []
    const column = line.indexOf(Math.max(...line))
    const score = line[column] ?? 0
    const target = targets[column]
    // Strictly the best of its row and of its column: a tie says nothing of where a sentence went.
    const best = line.every((other, at) => at === column || other < score) && scores.every((other, at) => at === row || (other[column] ?? 0) < score)
    if (!target || score < minMoveScore || !best || scorer.shared(source.unit, 1, target.unit, 1) < minShared || !telling(source.unit, target.unit)) return
    const [first, last] = source.at < target.at ? [source.at, target.at] : [target.at, source.at]
    if ((paired[last] ?? 0) === (paired[first] ?? 0)) return
    moves.push({source: [source.unit], target: [target.unit], score: Math.round(score * 10000) / 10000})
  })
  return moves
}

/** 1 for each key that says little of which unit is which: punctuation (`p:`) and learned word pairs (`d:`). */
function weakKeys(keys: Interner): Uint8Array {
  const weak = new Uint8Array(keys.size)
  for (const [name, key] of keys) if (name.startsWith('p:') || name.startsWith('d:')) weak[key] = 1
  return weak
}
