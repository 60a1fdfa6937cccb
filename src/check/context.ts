import type {Alignment, Bead} from '../align/types.js'
import type {Lexicon} from '../anchors/lexicon.js'
import {turkishEnglishLexicon} from '../anchors/lexicon.js'
import type {CompiledLexicon} from '../anchors/term-index.js'
import {compileLexicons} from '../anchors/term-index.js'
import type {DocumentAnchors} from './block-anchors.js'
import {readDocumentAnchors, withoutEmphasisedBy} from './block-anchors.js'
import type {Block, Sentence} from '../document/types.js'
import type {RuleId, Severity} from './types.js'
import {ruleTable} from './rule-table.js'
import {judgedBySentence, sentenceBeadsByBlock, sentencesByIndex} from './sentence-beads.js'
import {compareMoved, movedSentences, sentenceMoves} from './moved-sentences.js'
import type {PairComparison} from './pair-comparison.js'

/** A rule's severity after configuration, or `off`. */
export type RuleSetting = Severity | 'off'

/** What every rule reads: the alignment and lookups computed once. */
export interface CheckContext {
  alignment: Alignment
  /** Configured severity of each rule. */
  settings: Record<RuleId, RuleSetting>
  /** Block bead of each source block, by block index. */
  sourceBead: Array<Bead | undefined>
  /** Block bead of each target block, by block index. */
  targetBead: Array<Bead | undefined>
  /** Anchors and folded words of each side. */
  anchors: {source: DocumentAnchors; target: DocumentAnchors}
  /** The built-in Turkish-English lexicon and the caller's, compiled for the pair's languages. */
  compiledLexicon: CompiledLexicon
  /** The sentences of each side by index (`sentencesByIndex`). */
  sentences: {source: Map<number, Sentence>; target: Map<number, Sentence>}
  /** The sentence beads inside each pairing block bead, in order (`sentenceBeadsByBlock`). */
  sentenceBeads: Map<Bead, Bead[]>
  /** The block beads judged sentence by sentence, with their sentence beads (`judgedBySentence`): long blocks, and blocks of one sentence a line. */
  bySentencePairs: Map<Bead, Bead[]>
  /** Median target/source length ratio over the 1-1 block beads; with fewer than 5, over the 1-1 sentence beads of long block pairs, else 1. */
  lengthRatio: number
  /** The sentences moved out of order within paired blocks (`sentenceMoves`); `anchors` leave their anchors out. */
  moved: Bead[]
  /** Those pairs, each compared on its own (`compareMoved`). */
  movedPairs: PairComparison[]
}

/** Builds the context once per `check` call. */
export function createContext(
  alignment: Alignment,
  overrides: Partial<Record<RuleId, RuleSetting>> = {},
  userLexicons: readonly Lexicon[] = []
): CheckContext {
  const settings = Object.fromEntries(ruleTable.map((rule) => [rule.id, overrides[rule.id] ?? rule.severity]))
  const lexicons = [turkishEnglishLexicon(), ...userLexicons]
  const source = readDocumentAnchors(alignment.source)
  const target = readDocumentAnchors(alignment.target)
  const sentences = {source: sentencesByIndex(alignment.source), target: sentencesByIndex(alignment.target)}
  const sentenceBeads = sentenceBeadsByBlock(alignment)
  const bySentencePairs = judgedBySentence(sentenceBeads, alignment)
  const context: CheckContext = {
    anchors: {source: withoutEmphasisedBy(source, target), target: withoutEmphasisedBy(target, source)},
    compiledLexicon: compileLexicons(lexicons, alignment.source.lang, alignment.target.lang),
    alignment,
    settings: settings as Record<RuleId, RuleSetting>,
    sourceBead: beadIndex(alignment.blocks, alignment.source.blocks.length, 'source'),
    targetBead: beadIndex(alignment.blocks, alignment.target.blocks.length, 'target'),
    sentences,
    sentenceBeads,
    bySentencePairs,
    lengthRatio: lengthRatio(alignment, sentences, bySentencePairs.size > 0),
    moved: [],
    movedPairs: []
  }
  const moved = sentenceMoves(context)
  if (moved.length === 0) return context
  const {source: movedSource, target: movedTarget} = movedSentences(moved)
  return {...context, moved, movedPairs: compareMoved(context, moved), anchors: {source: withoutSentences(context.anchors.source, movedSource, sentences.source), target: withoutSentences(context.anchors.target, movedTarget, sentences.target)}}
}

/**
 * The anchors without those of the given sentences: a moved sentence's numbers and names are in
 * the other side's block elsewhere, where comparing blocks would report them once lacking and once
 * added (`moved` reports the sentence once).
 */
function withoutSentences(anchors: DocumentAnchors, left: ReadonlySet<number>, sentences: ReadonlyMap<number, Sentence>): DocumentAnchors {
  const spans = [...left].flatMap((index) => sentences.get(index) ?? [])
  const blocks = anchors.blocks.map((list, block) => {
    const inBlock = spans.filter((sentence) => sentence.block === block)
    return inBlock.length === 0 ? list : list.filter((anchor) => !inBlock.some((sentence) => anchor.start >= sentence.start && anchor.end <= sentence.end))
  })
  return {...anchors, blocks}
}

/** The blocks of one side of a bead. */
export function beadBlocks(alignment: Alignment, bead: Bead, side: 'source' | 'target'): Block[] {
  const blocks = alignment[side].blocks
  return bead[side].map((index) => blocks[index]).filter((block) => block !== undefined)
}

/** The text of one side of a bead, blocks joined by a blank line. */
export function beadText(alignment: Alignment, bead: Bead, side: 'source' | 'target'): string {
  return beadBlocks(alignment, bead, side)
    .map((block) => block.text)
    .join('\n\n')
}

function beadIndex(beads: readonly Bead[], size: number, side: 'source' | 'target'): Array<Bead | undefined> {
  const index = new Array<Bead | undefined>(size).fill(undefined)
  for (const bead of beads) for (const unit of bead[side]) if (unit >= 0 && unit < size) index[unit] = bead
  return index
}

/** Fewer 1-1 beads than this and the length ratio is taken as 1. */
const minRatioBeads = 5

/**
 * Median target/source length ratio of the 1-1 block beads: robust to a few divergent pairs. With
 * too few of them, 1; but when blocks pair long blocks (a file of one sentence a line is one block
 * a side), the median of the 1-1 sentence beads. (Measured on MAC-Test, literary Chinese-English of
 * one sentence a line: the whole texts' ratio gave fewer false `only-in-*` but missed omissions in
 * short files, whose own omissions shorten it; the paired sentences' total gave more.)
 */
function lengthRatio(alignment: Alignment, sentences: CheckContext['sentences'], hasLongPairs: boolean): number {
  const blockRatios = ratiosOf(alignment.blocks, (bead, side) => beadText(alignment, bead, side).length)
  if (blockRatios.length >= minRatioBeads) return median(blockRatios)
  if (!hasLongPairs) return 1
  const ratios = ratiosOf(alignment.sentences, (bead, side) => sentences[side].get(bead[side][0] ?? -1)?.text.length ?? 0)
  return ratios.length >= minRatioBeads ? median(ratios) : 1
}

/** Target/source length ratios of the 1-1 beads whose two sides have some length. */
function ratiosOf(beads: readonly Bead[], length: (bead: Bead, side: 'source' | 'target') => number): number[] {
  const ratios: number[] = []
  for (const bead of beads) {
    if (bead.source.length !== 1 || bead.target.length !== 1) continue
    const [source, target] = [length(bead, 'source'), length(bead, 'target')]
    if (source > 0 && target > 0) ratios.push(target / source)
  }
  return ratios
}

function median(values: number[]): number {
  values.sort((a, b) => a - b)
  return values[Math.floor(values.length / 2)] ?? 1
}
