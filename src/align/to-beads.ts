import type {Bead} from './types.js'
import type {Step} from './backtrack.js'
import type {BeadScorer} from './score-bead.js'

/**
 * Turns search steps (global unit indices) into beads with scores. A null bead's score is the
 * confidence that its unit has no counterpart: 1 − its best similarity to the units on the
 * other side just before and after it. Runs of null beads list source-only units first.
 */
export function toBeads(steps: readonly Step[], scorer: BeadScorer): Bead[] {
  const beads = steps.map((step) => ({
    source: range(step.i, step.k),
    target: range(step.j, step.l),
    score: round(step.k > 0 && step.l > 0 ? scorer.score(step.i, step.k, step.j, step.l) : nullScore(step, scorer))
  }))
  return sourceOnlyFirst(beads)
}

function nullScore(step: Step, scorer: BeadScorer): number {
  let best = 0
  for (const offset of [-1, 0]) {
    if (step.k > 0 && step.j + offset >= 0 && step.j + offset < scorer.targetCount) best = Math.max(best, scorer.similarity(step.i, 1, step.j + offset, 1))
    if (step.l > 0 && step.i + offset >= 0 && step.i + offset < scorer.sourceCount) best = Math.max(best, scorer.similarity(step.i + offset, 1, step.j, 1))
  }
  return 1 - best
}

/** Within each run of consecutive null beads, the 1-0 beads come before the 0-1 beads. */
function sourceOnlyFirst(beads: Bead[]): Bead[] {
  const result: Bead[] = []
  let run: Bead[] = []
  const flush = () => {
    result.push(...run.filter((bead) => bead.target.length === 0), ...run.filter((bead) => bead.source.length === 0))
    run = []
  }
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) run.push(bead)
    else flush(), result.push(bead)
  }
  flush()
  return result
}

function range(first: number, count: number): number[] {
  return Array.from({length: count}, (_, index) => first + index)
}

/** Four decimals: enough for a confidence, stable in JSON. */
function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000
}
