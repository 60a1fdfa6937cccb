import type {AlignContext} from './align-context.js'
import {alignSequence} from './align-sequence.js'
import type {Step} from './backtrack.js'
import type {BeadCost} from './fill-costs.js'
import type {BeadScorer} from './score-bead.js'
import {createBeadScorer} from './score-bead.js'
import {openEnds} from './open-ends.js'

/** Sentence steps of one pass and the scorer that priced them. */
export interface SentencePass {
  steps: Step[]
  scorer: BeadScorer
  /** Where each block step's sentence steps end in `steps`. */
  ends: number[]
}

/**
 * Aligns the sentences inside each block bead with the same search; the sentences of a block
 * without counterpart become 1-0 or 0-1 beads, so every sentence is in exactly one bead.
 */
export function alignSentences(context: AlignContext, blockSteps: readonly Step[]): SentencePass {
  const {source, target, options} = context
  const scorer = createBeadScorer(source.sentences, target.sentences, {model: context.model, keyCount: context.keys.size, textKeys: context.textKeys, keys: context.keys, scorer: options.scorer, level: 'sentence', openEnds: {source: openEnds(source.sentences, source.ranges), target: openEnds(target.sentences, target.ranges)}})
  const steps: Step[] = []
  const ends: number[] = []
  for (const block of blockSteps) {
    for (const step of sentencesInside(context, scorer, block)) steps.push(step)
    ends.push(steps.length)
  }
  return {steps, scorer, ends}
}

/** The sentence steps inside one block step: its sentences aligned, or each without counterpart when one side has none. */
export function sentencesInside(context: AlignContext, scorer: BeadScorer, block: Step): Step[] {
  const steps: Step[] = []
  const [s0, s1] = span(context.source.ranges, block.i, block.k)
  const [t0, t1] = span(context.target.ranges, block.j, block.l)
  if (s0 === s1 || t0 === t1) {
    for (let i = s0; i < s1; i++) steps.push({i, k: 1, j: t0, l: 0})
    for (let j = t0; j < t1; j++) steps.push({i: s1, k: 0, j, l: 1})
    return steps
  }
  const cost: BeadCost = (i, k, j, l, budget) => scorer.cost(s0 + i, k, t0 + j, l, budget)
  for (const step of alignSequence(s1 - s0, t1 - t0, cost, {maxUnits: context.options.maxUnits, band: context.options.band})) {
    steps.push({i: s0 + step.i, k: step.k, j: t0 + step.j, l: step.l})
  }
  return steps
}

/** `[first, end)` sentence indices of blocks `first … first + count − 1`. */
function span(ranges: ReadonlyArray<[number, number]>, first: number, count: number): [number, number] {
  if (count === 0) {
    const at = ranges[first]?.[0] ?? ranges.at(-1)?.[1] ?? 0
    return [at, at]
  }
  return [ranges[first]?.[0] ?? 0, ranges[first + count - 1]?.[1] ?? 0]
}
