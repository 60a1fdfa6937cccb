import type {AlignContext} from './align-context.js'
import type {Step} from './backtrack.js'
import {blockOfSentences} from './rescue-null-blocks.js'
import type {BeadScorer} from './score-bead.js'
import {unrelatedBelow} from './unrelated-score.js'

/** The steps of a pass at both levels. */
interface PassSteps {
  blocks: {steps: Step[]; scorer: BeadScorer}
  sentences: {steps: Step[]}
}

/**
 * Leaves out of the pairing the 1-1 block pairs that are crossed. Exact keys are a block's link
 * targets and its whole text; a key of a block is *elsewhere* when another block of the other
 * side has it and is not paired with a block that has it too. A pair that shares no exact key
 * is crossed when a key of each of its two blocks is elsewhere (the two went to different
 * places), or when a key of one of them is elsewhere and the pair scores as unrelated
 * (`unrelatedBelow`). The search pairs blocks in order only, so when one side reorders a list
 * (a rewritten reading list) it pairs unrelated items that happen to stand at the same place,
 * often of the same length and ending alike (`(video)`); the link or text says where each
 * block's counterpart really is. Each crossed pair becomes a block without counterpart on each
 * side, its sentences too, so that `check` reports the blocks as moved or missing, not as a
 * translation with other links, numbers and names, and no memory is built from them.
 */
export function unpairCrossed(context: AlignContext, pass: PassSteps): {blocks: Step[]; sentences: Step[]} {
  const keys = {source: exactKeys(context.source, context.textKeys), target: exactKeys(context.target, context.textKeys)}
  const where = {source: blocksOf(keys.source), target: blocksOf(keys.target)}
  if (where.source.size === 0 || where.target.size === 0) return {blocks: pass.blocks.steps, sentences: pass.sentences.steps}
  const partners = partnersOf(pass.blocks.steps, keys.source.length, keys.target.length)
  /** Whether `key`, of block `own` of one side, is in a block of `other` side, not `partner`, whose partners lack it. */
  const elsewhere = (key: number, other: 'source' | 'target', partner: number) =>
    (where[other].get(key) ?? []).some((block) => block !== partner && !partners[other][block]?.some((mate) => keys[other === 'source' ? 'target' : 'source'][mate]?.includes(key)))
  const crossed = pass.blocks.steps.filter((step) => {
    if (step.k !== 1 || step.l !== 1) return false
    const own = keys.source[step.i] ?? []
    const other = keys.target[step.j] ?? []
    if (own.some((key) => other.includes(key))) return false
    const sourceElsewhere = own.some((key) => elsewhere(key, 'target', step.j))
    const targetElsewhere = other.some((key) => elsewhere(key, 'source', step.i))
    if (sourceElsewhere && targetElsewhere) return true
    return (sourceElsewhere || targetElsewhere) && pass.blocks.scorer.score(step.i, 1, step.j, 1) < unrelatedBelow
  })
  if (crossed.length === 0) return {blocks: pass.blocks.steps, sentences: pass.sentences.steps}
  const sourcePairs = new Set(crossed.map((step) => step.i))
  const sourceBlock = blockOfSentences(context.source.ranges)
  return {
    blocks: pass.blocks.steps.flatMap((step) => (step.k === 1 && step.l === 1 && sourcePairs.has(step.i) ? split(step) : [step])),
    sentences: pass.sentences.steps.flatMap((step) => (step.k > 0 && step.l > 0 && sourcePairs.has(sourceBlock[step.i] ?? -1) ? split(step) : [step]))
  }
}

/** The blocks of the other side each block is paired with (none for a block without counterpart). */
function partnersOf(steps: readonly Step[], sourceCount: number, targetCount: number): {source: number[][]; target: number[][]} {
  const partners = {source: Array.from({length: sourceCount}, (): number[] => []), target: Array.from({length: targetCount}, (): number[] => [])}
  for (const step of steps) {
    for (let i = step.i; i < step.i + step.k; i++) for (let j = step.j; j < step.j + step.l; j++) partners.source[i]?.push(j), partners.target[j]?.push(i)
  }
  return partners
}

/** Each block's exact keys: its link targets, and the key of its whole text when it is one sentence or none. */
function exactKeys(side: AlignContext['source'], textKeys: ReadonlySet<number>): number[][] {
  return side.blocks.map((block, index) => {
    const [first, end] = side.ranges[index] ?? [0, 0]
    const unit = end - first === 1 ? side.sentences[first] : end === first ? block : undefined
    const text = unit?.keys.find((key) => textKeys.has(key))
    const links = side.links[index] ?? []
    return text === undefined ? links : [...links, text]
  })
}

/** The blocks each exact key is found in. */
function blocksOf(keysOf: readonly number[][]): Map<number, number[]> {
  const where = new Map<number, number[]>()
  keysOf.forEach((keys, block) => {
    for (const key of keys) {
      const blocks = where.get(key)
      if (blocks) blocks.push(block)
      else where.set(key, [block])
    }
  })
  return where
}

/** A pairing step as null steps: each source unit without counterpart, then each target unit. */
function split(step: Step): Step[] {
  const steps: Step[] = []
  for (let unit = 0; unit < step.k; unit++) steps.push({i: step.i + unit, k: 1, j: step.j, l: 0})
  for (let unit = 0; unit < step.l; unit++) steps.push({i: step.i + step.k, k: 0, j: step.j + unit, l: 1})
  return steps
}
