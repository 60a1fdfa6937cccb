import type {Step} from './backtrack.js'
import type {BeadScorer} from './score-bead.js'
import type {Bead} from './types.js'
import {unrelatedBelow} from './unrelated-score.js'
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

/** A unit that may have moved: alone in its step, or at one end of a step of one unit against two (`merged`). */
interface Candidate {
  unit: number
  /** Index of its step. */
  at: number
  merged: boolean
}

/** The moves found, and the steps with each merged unit that moved taken out of its step. */
export interface SentenceMoves {
  moved: Bead[]
  steps: Step[]
}

/**
 * Sentences that translate each other out of order. The search pairs units in order only, so a
 * sentence moved to another place comes out as one unit without counterpart on each side, or one
 * of them merged into a neighbour's bead of one unit against two. A unit without counterpart and a
 * unit of the other side without counterpart or at one end of such a merge went to each other's
 * place when each is the other's best match among those units (strictly: a tie says nothing), they
 * score at least `barOf` as a 1-1 bead sharing `minShared` keys (one of them not in `weakKeys`), a
 * paired step other than the merge stands between them (two side by side are a pair the search
 * left apart in place, not a move), and a merge without the unit scores as well as with it.
 * Returns the moves as 1-1 beads with their scores, in source order, and the steps with each moved
 * merged unit in a null step of its own beside the rest of its merge.
 */
export function findSentenceMoves(steps: readonly Step[], scorer: BeadScorer, units: {source: readonly UnitFeatures[]; target: readonly UnitFeatures[]; keys: Interner}): SentenceMoves {
  const {sources, targets, paired} = collectCandidates(steps)
  const alone = (list: Candidate[]) => list.some((candidate) => !candidate.merged)
  if ((!alone(sources) && !alone(targets)) || sources.length > maxOrphans || targets.length > maxOrphans) return {moved: [], steps: [...steps]}
  const telling = tellingPairs(units)
  // Two merged units are no move: one of the two must stand alone.
  const scores = sources.map((source) => targets.map((target) => (source.merged && target.merged ? 0 : scorer.score(source.unit, 1, target.unit, 1))))
  const found: Found[] = []
  sources.forEach((source, row) => {
    const column = bestOf(scores, row)
    const target = targets[column ?? -1]
    const score = scores[row]?.[column ?? -1] ?? 0
    if (!target || score < barOf(sources, targets, source, target) || scorer.shared(source.unit, 1, target.unit, 1) < minShared || !telling(source.unit, target.unit)) return
    if (!apart(paired, steps, source.at, target.at)) return
    const merged = source.merged ? source : target.merged ? target : undefined
    if (merged && !leavesMerge(steps[merged.at] as Step, merged.unit, scorer)) return
    found.push({bead: {source: [source.unit], target: [target.unit], score: Math.round(score * 10000) / 10000}, merged})
  })
  return withSplits(steps, found)
}

/** A move found, and the merged unit it takes out of its step, if any. */
interface Found {
  bead: Bead
  merged: Candidate | undefined
}

/** The candidates of each side, in order, and for each step how many paired steps come before it. */
function collectCandidates(steps: readonly Step[]): {sources: Candidate[]; targets: Candidate[]; paired: number[]} {
  const sources: Candidate[] = []
  const targets: Candidate[] = []
  const paired: number[] = []
  let count = 0
  steps.forEach((step, at) => {
    paired.push(count)
    if (step.k > 0 && step.l > 0) count++
    if (step.k === 1 && step.l === 0) sources.push({unit: step.i, at, merged: false})
    else if (step.k === 0 && step.l === 1) targets.push({unit: step.j, at, merged: false})
    else if (step.k === 2 && step.l === 1) sources.push({unit: step.i, at, merged: true}, {unit: step.i + 1, at, merged: true})
    else if (step.k === 1 && step.l === 2) targets.push({unit: step.j, at, merged: true}, {unit: step.j + 1, at, merged: true})
  })
  return {sources, targets, paired}
}

/** The column of row `row`'s best score when it is strictly the best of its row and of its column (a tie says nothing of where a sentence went). */
function bestOf(scores: readonly number[][], row: number): number | undefined {
  const line = scores[row] ?? []
  const column = line.indexOf(Math.max(...line))
  const score = line[column] ?? 0
  const best = line.every((other, at) => at === column || other < score) && scores.every((other, at) => at === row || (other[column] ?? 0) < score)
  return best ? column : undefined
}

/** Whether a source and a target unit share a key not in `weakKeys`. */
function tellingPairs(units: {source: readonly UnitFeatures[]; target: readonly UnitFeatures[]; keys: Interner}): (source: number, target: number) => boolean {
  const weak = weakKeys(units.keys)
  return (source, target) => {
    const own = new Set(units.source[source]?.keys.filter((key) => weak[key] !== 1))
    return units.target[target]?.keys.some((key) => own.has(key)) ?? false
  }
}

/**
 * The moves, and the steps with each moved merged unit taken out of its merge. Both units of one
 * merge claimed by two moves: neither is taken out (nor moved), whichever side is the source.
 */
function withSplits(steps: readonly Step[], found: readonly Found[]): SentenceMoves {
  const claims = new Map<number, number>()
  for (const {merged} of found) if (merged) claims.set(merged.at, (claims.get(merged.at) ?? 0) + 1)
  const kept = found.filter(({merged}) => !merged || claims.get(merged.at) === 1)
  const split = new Map(kept.flatMap(({merged}) => (merged ? [[merged.at, merged.unit] as const] : [])))
  return {moved: kept.map(({bead}) => bead), steps: steps.flatMap((step, at) => (split.has(at) ? splitStep(step, split.get(at) as number) : [step]))}
}

/**
 * The score a move must reach: `minMoveScore`; but where each side has one unit without
 * counterpart and neither is merged, the two have no rival to beat, and the bar is the aligner's
 * own for a translation (`unrelatedBelow`). On bench:check-moves, 146 moves found instead of 119,
 * one of them wrong, and still one reported where nothing moved.
 */
function barOf(sources: readonly Candidate[], targets: readonly Candidate[], source: Candidate, target: Candidate): number {
  const single = (candidates: readonly Candidate[]) => candidates.filter((candidate) => !candidate.merged).length === 1
  return single(sources) && single(targets) && !source.merged && !target.merged ? unrelatedBelow : minMoveScore
}

/** Whether a paired step other than the two candidates' own stands between steps `a` and `b`. */
function apart(paired: readonly number[], steps: readonly Step[], a: number, b: number): boolean {
  const [first, last] = a < b ? [a, b] : [b, a]
  const own = (at: number) => ((steps[at]?.k ?? 0) > 0 && (steps[at]?.l ?? 0) > 0 ? 1 : 0)
  // `paired[last] - paired[first]` counts the steps from `first` on, `first` itself included.
  return (paired[last] ?? 0) - (paired[first] ?? 0) - own(first) > 0
}

/** Whether the merge `step` scores as well without `unit` (at one of its ends) as with it. */
function leavesMerge(step: Step, unit: number, scorer: BeadScorer): boolean {
  const rest = splitStep(step, unit).find((part) => part.k > 0 && part.l > 0) as Step
  return scorer.score(rest.i, rest.k, rest.j, rest.l) >= scorer.score(step.i, step.k, step.j, step.l)
}

/** A merge of one unit against two as a 1-1 step and a null step for `unit`, in order. */
function splitStep(step: Step, unit: number): Step[] {
  if (step.k === 2) return unit === step.i ? [{i: step.i, k: 1, j: step.j, l: 0}, {i: step.i + 1, k: 1, j: step.j, l: 1}] : [{i: step.i, k: 1, j: step.j, l: 1}, {i: step.i + 1, k: 1, j: step.j + 1, l: 0}]
  return unit === step.j ? [{i: step.i, k: 0, j: step.j, l: 1}, {i: step.i, k: 1, j: step.j + 1, l: 1}] : [{i: step.i, k: 1, j: step.j, l: 1}, {i: step.i + 1, k: 0, j: step.j + 1, l: 1}]
}

/** 1 for each key that says little of which unit is which: punctuation (`p:`) and learned word pairs (`d:`). */
function weakKeys(keys: Interner): Uint8Array {
  const weak = new Uint8Array(keys.size)
  for (const [name, key] of keys) if (name.startsWith('p:') || name.startsWith('d:')) weak[key] = 1
  return weak
}
