import type {BitextDocument} from '../document/types.js'
import type {AlignContext} from './align-context.js'
import {addLearned, createContext} from './align-context.js'
import {alignBlocks} from './align-blocks.js'
import {alignSentences} from './align-sentences.js'
import {pathPoints} from './backtrack.js'
import type {Step} from './backtrack.js'
import {learnLexicon} from './learn-lexicon.js'
import {unpairCrossed} from './crossed-pairs.js'
import {findSentenceMoves} from './sentence-moves.js'
import {blockOfSentences, blocksFromSentences, joinNullRuns} from './rescue-null-blocks.js'
import {refineLengthModel} from './length-model.js'
import type {AlignOptions} from './options.js'
import {resolveOptions} from './options.js'
import {toBeads} from './to-beads.js'
import type {Alignment} from './types.js'

/** Sentence beads at least this good teach the second pass. */
const confident = 0.35

/**
 * Aligns two documents: block beads over the whole documents, then sentence beads inside each
 * block bead. Beads are monotonic and cover every unit once; see `AlignOptions` for the knobs.
 *
 * @example
 *   const alignment = align(parseDocument(tr, {lang: 'tr'}), parseDocument(en, {lang: 'en'}))
 *   alignment.blocks[0] // => {source: [0], target: [0], score: 0.7825}
 */
export function align(source: BitextDocument, target: BitextDocument, options: AlignOptions = {}): Alignment {
  for (const [name, document] of [['source', source], ['target', target]] as const) {
    if (!document || !Array.isArray(document.blocks)) throw new TypeError(`align: expected \`${name}\` to be a BitextDocument (from parseDocument)`)
  }
  const context = createContext(source, target, resolveOptions(options, source.lang ?? 'und', target.lang ?? 'und'))
  let pass = runPass(context)
  if (context.options.learn) {
    const chosen = pass.sentences.steps.filter((step) => step.k === 1 && step.l === 1 && pass.sentences.scorer.score(step.i, 1, step.j, 1) >= confident)
    context.model = refineLengthModel(context.model, chosen.map((step) => [context.source.sentences[step.i]?.length ?? 0, context.target.sentences[step.j]?.length ?? 0]))
    addLearned(context, learnLexicon(chosen.map((step) => [context.source.sentences[step.i]?.stems ?? [], context.target.sentences[step.j]?.stems ?? []])))
    pass = runPass(context, pass.blocks.steps)
  }
  const steps = unpairCrossed(context, pass)
  const {blocks, sentences} = pass
  const moves = findSentenceMoves(steps.sentences, sentences.scorer, {source: context.source.sentences, target: context.target.sentences, keys: context.keys})
  return {source, target, blocks: toBeads(steps.blocks, blocks.scorer), sentences: toBeads(moves.steps, sentences.scorer), moved: moves.moved}
}

/**
 * One pass: block beads, then sentence beads inside each block bead and inside each run of null
 * block beads (whose block beads are then read off the sentence beads).
 */
function runPass(context: AlignContext, guide?: readonly Step[]) {
  const blocks = alignBlocks(context, guide ? pathPoints(guide) : undefined, guide ? Math.max(4, Math.ceil(context.options.band / 4)) : context.options.band)
  const regions = joinNullRuns(blocks.steps)
  const sentences = alignSentences(context, regions)
  const sourceBlock = blockOfSentences(context.source.ranges)
  const targetBlock = blockOfSentences(context.target.ranges)
  const steps = regions.flatMap((region, index) =>
    region.rescued ? blocksFromSentences(region, sentences.steps.slice(sentences.ends[index - 1] ?? 0, sentences.ends[index]), sourceBlock, targetBlock) : [{i: region.i, k: region.k, j: region.j, l: region.l}]
  )
  return {blocks: {steps, scorer: blocks.scorer}, sentences}
}
