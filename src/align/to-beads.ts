import type {Bead} from './types.js'
import type {Step} from './backtrack.js'
import type {BeadScorer} from './score-bead.js'

/**
 * Turns search steps (global unit indices) into beads with scores. Runs of consecutive null
 * beads list their 1-0 beads before their 0-1 beads. A null bead's score is the confidence that
 * its unit has no counterpart: 1 − its best similarity to the other side's units of the same
 * run and the one just before and after it (the same whichever side is the source).
 */
export function toBeads(steps: readonly Step[], scorer: BeadScorer): Bead[] {
  const beads: Bead[] = []
  let run: Step[] = []
  const flush = () => {
    beads.push(...nullRun(run, scorer))
    run = []
  }
  for (const step of steps) {
    if (step.k === 0 || step.l === 0) {
      run.push(step)
      continue
    }
    flush()
    beads.push({source: range(step.i, step.k), target: range(step.j, step.l), score: round(scorer.score(step.i, step.k, step.j, step.l))})
  }
  flush()
  return beads
}

/** The beads of one run of null steps: source-only units first, each scored against the run's surroundings. */
function nullRun(run: readonly Step[], scorer: BeadScorer): Bead[] {
  const first = run[0]
  if (!first) return []
  const last = run[run.length - 1] as Step
  const [sourceEnd, targetEnd] = [last.i + last.k, last.j + last.l]
  const sources = range(first.i, sourceEnd - first.i)
  const targets = range(first.j, targetEnd - first.j)
  // The other side's units of the run, and the one just before and just after it.
  const targetsNear = range(first.j - 1, targetEnd - first.j + 2).filter((j) => j >= 0 && j < scorer.targetCount)
  const sourcesNear = range(first.i - 1, sourceEnd - first.i + 2).filter((i) => i >= 0 && i < scorer.sourceCount)
  return [
    ...sources.map((i) => ({source: [i], target: [], score: round(1 - best(targetsNear.map((j) => scorer.similarity(i, 1, j, 1))))})),
    ...targets.map((j) => ({source: [], target: [j], score: round(1 - best(sourcesNear.map((i) => scorer.similarity(i, 1, j, 1))))}))
  ]
}

function best(values: number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0)
}

/**
 * `count` indices from `first`, in an array of exactly that length: an array grown by `push` keeps
 * room for 16 more numbers (a bead of 1-1 took some 380 bytes instead of about 120).
 */
function range(first: number, count: number): number[] {
  const indices: number[] = []
  for (let index = 0; index < count; index++) indices.push(first + index)
  return indices.slice()
}

/** Four decimals: enough for a confidence, stable in JSON. */
function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000
}
