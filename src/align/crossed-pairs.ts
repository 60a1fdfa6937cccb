import type {AlignContext} from './align-context.js'
import type {Step} from './backtrack.js'
import {sentencesInside} from './align-sentences.js'
import type {BeadScorer} from './score-bead.js'
import {unrelatedBelow} from './unrelated-score.js'

/** The steps of a pass at both levels, with the scorers that priced them. */
interface PassSteps {
  blocks: {steps: Step[]; scorer: BeadScorer}
  sentences: {steps: Step[]; scorer: BeadScorer}
}

/** A run of block steps without counterpart that held a crossed pair: blocks `[i, i + k)` and `[j, j + l)`, laid out anew. */
interface Run extends Step {
  /** How many steps the run had before it was laid out anew. */
  count: number
  steps: Step[]
}

/**
 * Unpairs the 1-1 block pairs that are crossed, then pairs again, in order, the blocks of each
 * stretch without counterpart that share an exact key. Exact keys are a block's link targets and
 * its whole text; a key of a block is *elsewhere* when another block of the other side has it
 * and is not paired with a block that has it too. A pair that shares no exact key is crossed
 * when a key of each of its two blocks is elsewhere (the two went to different places), or when
 * a key of one of them is elsewhere and the pair scores as unrelated (`unrelatedBelow`). A pair
 * that shares only its text, while both blocks have links and share none, is crossed when keys
 * of both are elsewhere (two items titled alike whose links swapped places: `linksDiffer`). A
 * bead of more than two blocks is crossed when one of its blocks has links that the other side's
 * blocks, which have links, lack, and one of them is elsewhere (`linkStrayed`).
 *
 * The search pairs blocks in order only, so when one side reorders a list (a rewritten reading
 * list) it pairs unrelated items that stand at the same place, often of the same length and
 * ending alike (`(video)`); the link or text says where each block's counterpart really is.
 * In each stretch of blocks left without counterpart, the longest chain of blocks in the same
 * order on both sides that share a key (each the other's only best match in the whole other
 * document) is paired, and its
 * sentences aligned; the rest stay without counterpart, their sentences too, so that `check`
 * reports them as moved or missing, not as a translation with other links, numbers and names,
 * and no memory is built from them.
 */
export function unpairCrossed(context: AlignContext, pass: PassSteps): {blocks: Step[]; sentences: Step[]} {
  const unchanged = {blocks: pass.blocks.steps, sentences: pass.sentences.steps}
  const keys = {source: exactKeys(context.source, context.textKeys), target: exactKeys(context.target, context.textKeys)}
  const where = {source: blocksOf(keys.source), target: blocksOf(keys.target)}
  if (where.source.size === 0 || where.target.size === 0) return unchanged
  const partners = partnersOf(pass.blocks.steps, keys.source.length, keys.target.length)
  /** Whether `key` is in a block of side `other`, not `partner`, whose partners lack it. */
  const elsewhere = (key: number, other: 'source' | 'target', partner: number) =>
    (where[other].get(key) ?? []).some((block) => block !== partner && !partners[other][block]?.some((mate) => keys[other === 'source' ? 'target' : 'source'][mate]?.includes(key)))
  const crossed = new Set<Step>()
  for (const step of pass.blocks.steps) {
    if (step.k === 0 || step.l === 0) continue
    if (step.k > 1 || step.l > 1) {
      if (linkStrayed(context, step, (block, side) => (context[side].links[block] ?? []).some((key) => elsewhere(key, side === 'source' ? 'target' : 'source', -1)))) crossed.add(step)
      continue
    }
    const own = keys.source[step.i] ?? []
    const other = keys.target[step.j] ?? []
    const shares = own.some((key) => other.includes(key))
    if (shares && !linksDiffer(context, step)) continue
    const sourceElsewhere = own.some((key) => elsewhere(key, 'target', step.j))
    const targetElsewhere = other.some((key) => elsewhere(key, 'source', step.i))
    if (shares && !(sourceElsewhere && targetElsewhere)) continue
    const unrelated = () => pass.blocks.scorer.score(step.i, 1, step.j, 1) < unrelatedBelow
    if ((sourceElsewhere && targetElsewhere) || ((sourceElsewhere || targetElsewhere) && unrelated())) crossed.add(step)
  }
  if (crossed.size === 0) return unchanged
  const unpaired = new Set([...crossed].map((step) => step.i))
  const split = pass.blocks.steps.flatMap((step) => (crossed.has(step) ? splitStep(step) : [step]))
  const runs = nullRuns(split).filter((run) => run.steps.some((step) => step.k === 1 && unpaired.has(step.i)))
  for (const run of runs) run.steps = pairInOrder(run, keys, where)
  return {blocks: replaceRuns(split, runs), sentences: sentencesWithRuns(context, pass.sentences, runs)}
}

/**
 * Whether both blocks of a 1-1 step have links and share none. Two items alike in words whose
 * links went to each other's places (`[Read more](a)`, `[Read more](b)` against b, a) are not a
 * pair for their shared text when the keys of both are elsewhere.
 */
function linksDiffer(context: AlignContext, step: Step): boolean {
  const source = context.source.links[step.i] ?? []
  const target = context.target.links[step.j] ?? []
  return source.length > 0 && target.length > 0 && !source.some((key) => target.includes(key))
}

/**
 * Whether a bead of more than two blocks holds a block whose links the blocks of the other side
 * lack while they have links of their own, and one of whose links is `away` (in a block of the
 * other side that is not paired with it): two list items merged against one whose link is the
 * second's, while the first's counterpart stands elsewhere.
 */
function linkStrayed(context: AlignContext, step: Step, away: (block: number, side: 'source' | 'target') => boolean): boolean {
  const blocks = {source: range(step.i, step.k), target: range(step.j, step.l)}
  const linksOf = (side: 'source' | 'target') => new Set(blocks[side].flatMap((block) => context[side].links[block] ?? []))
  const all = {source: linksOf('source'), target: linksOf('target')}
  return (['source', 'target'] as const).some((side) => {
    const others = all[side === 'source' ? 'target' : 'source']
    if (others.size === 0) return false
    return blocks[side].some((block) => {
      const own = context[side].links[block] ?? []
      return own.length > 0 && !own.some((key) => others.has(key)) && away(block, side)
    })
  })
}

/** The `count` numbers from `first`. */
function range(first: number, count: number): number[] {
  return Array.from({length: count}, (_, index) => first + index)
}

/** The maximal runs of null steps, in order. */
function nullRuns(steps: readonly Step[]): Run[] {
  const runs: Run[] = []
  let run: Run | undefined
  for (const step of steps) {
    if (step.k > 0 && step.l > 0) {
      run = undefined
      continue
    }
    if (!run) runs.push((run = {i: step.i, k: 0, j: step.j, l: 0, count: 0, steps: []}))
    run.k += step.k
    run.l += step.l
    run.count++
    run.steps.push(step)
  }
  return runs
}

/** The run's blocks laid out again: the longest in-order chain of blocks sharing a key paired, the others without counterpart. */
function pairInOrder(run: Run, keysOf: {source: number[][]; target: number[][]}, where: {source: Map<number, number[]>; target: Map<number, number[]>}): Step[] {
  const pairs: Array<[number, number]> = []
  for (let i = run.i; i < run.i + run.k; i++) {
    const j = uniqueBest(keysOf.source[i] ?? [], where.target)
    if (j !== undefined && j >= run.j && j < run.j + run.l && uniqueBest(keysOf.target[j] ?? [], where.source) === i) pairs.push([i, j])
  }
  const chain = longestChain(pairs, run)
  const steps: Step[] = []
  let [i, j] = [run.i, run.j]
  for (const [pairI, pairJ] of [...chain, [run.i + run.k, run.j + run.l] as [number, number]]) {
    for (; i < pairI; i++) steps.push({i, k: 1, j, l: 0})
    for (; j < pairJ; j++) steps.push({i, k: 0, j, l: 1})
    if (i < run.i + run.k && j < run.j + run.l) steps.push({i: i++, k: 1, j: j++, l: 1})
  }
  return steps
}

/** The block of the other side sharing the most of `own` keys (`where`: the other side's blocks by key), or `undefined` when none does or several tie. */
function uniqueBest(own: readonly number[], where: ReadonlyMap<number, number[]>): number | undefined {
  const shared = new Map<number, number>()
  for (const key of new Set(own)) for (const block of new Set(where.get(key))) shared.set(block, (shared.get(block) ?? 0) + 1)
  let best: number | undefined
  let most = 0
  let tied = false
  for (const [block, count] of shared) {
    if (count > most) (best = block), (most = count), (tied = false)
    else if (count === most) tied = true
  }
  return tied ? undefined : best
}

/**
 * The longest chain of pairs increasing on both sides (`pairs` ordered by source), and of those
 * the nearest to the run's diagonal; none when two chains tie on both (a list whose two halves
 * swapped places): either would do, and picking one would make `align(b, a)` differ from the
 * mirror of `align(a, b)`.
 */
function longestChain(pairs: ReadonlyArray<[number, number]>, run: Step): Array<[number, number]> {
  const away = pairs.map(([i, j]) => Math.abs((i - run.i) * run.l - (j - run.j) * run.k))
  const best = pairs.map((_, index) => ({length: 1, away: away[index] ?? 0, count: 1, previous: -1}))
  const better = (a: {length: number; away: number}, b: {length: number; away: number}) => a.length > b.length || (a.length === b.length && a.away < b.away)
  pairs.forEach(([, j], index) => {
    const here = best[index] as (typeof best)[number]
    for (let before = 0; before < index; before++) {
      const earlier = best[before] as (typeof best)[number]
      if ((pairs[before] as [number, number])[1] >= j) continue
      const chain = {length: earlier.length + 1, away: earlier.away + (away[index] ?? 0)}
      if (better(chain, here)) Object.assign(here, chain, {count: earlier.count, previous: before})
      else if (chain.length === here.length && chain.away === here.away) here.count += earlier.count
    }
  })
  let end = -1
  let ties = 0
  best.forEach((chain, index) => {
    const top = best[end]
    if (!top || better(chain, top)) (end = index), (ties = chain.count)
    else if (chain.length === top.length && chain.away === top.away) ties += chain.count
  })
  if (ties !== 1) return []
  const chain: Array<[number, number]> = []
  for (let index = end; index !== -1; index = best[index]?.previous ?? -1) chain.unshift(pairs[index] as [number, number])
  return chain
}

/** `steps` with the steps of each run replaced by the run's new steps. */
function replaceRuns(steps: readonly Step[], runs: readonly Run[]): Step[] {
  const starts = new Map(runs.map((run) => [`${run.i},${run.j}`, run]))
  const result: Step[] = []
  let skip = 0
  for (const step of steps) {
    if (skip > 0) {
      skip--
      continue
    }
    const run = step.k > 0 && step.l > 0 ? undefined : starts.get(`${step.i},${step.j}`)
    if (!run) {
      result.push(step)
      continue
    }
    result.push(...run.steps)
    skip = run.count - 1
    starts.delete(`${step.i},${step.j}`)
  }
  return result
}

/** The pass's sentence steps, those of each run's blocks replaced by the run's blocks' sentences aligned anew. */
function sentencesWithRuns(context: AlignContext, sentences: PassSteps['sentences'], runs: readonly Run[]): Step[] {
  const sourceRun = runOfBlock(context.source.ranges, runs, 'source')
  const targetRun = runOfBlock(context.target.ranges, runs, 'target')
  const result: Step[] = []
  const done = new Set<Run>()
  for (const step of sentences.steps) {
    const run = (step.k > 0 ? sourceRun[step.i] : undefined) ?? (step.l > 0 ? targetRun[step.j] : undefined)
    if (!run) {
      result.push(step)
      continue
    }
    if (done.has(run)) continue
    done.add(run)
    for (const block of run.steps) result.push(...sentencesInside(context, sentences.scorer, block))
  }
  return result
}

/** The run each sentence of one side belongs to, by sentence index. */
function runOfBlock(ranges: ReadonlyArray<[number, number]>, runs: readonly Run[], side: 'source' | 'target'): Array<Run | undefined> {
  const of: Array<Run | undefined> = new Array<Run | undefined>(ranges.at(-1)?.[1] ?? 0).fill(undefined)
  for (const run of runs) {
    const [first, count] = side === 'source' ? [run.i, run.k] : [run.j, run.l]
    for (let block = first; block < first + count; block++) {
      const [start, end] = ranges[block] ?? [0, 0]
      for (let sentence = start; sentence < end; sentence++) of[sentence] = run
    }
  }
  return of
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
function splitStep(step: Step): Step[] {
  const steps: Step[] = []
  for (let unit = 0; unit < step.k; unit++) steps.push({i: step.i + unit, k: 1, j: step.j, l: 0})
  for (let unit = 0; unit < step.l; unit++) steps.push({i: step.i + step.k, k: 0, j: step.j + unit, l: 1})
  return steps
}
