import type {Alignment, Bead} from '../align/types.js'
import type {BitextDocument, Block, Sentence} from '../document/types.js'

type Side = 'source' | 'target'

/** Formats whose lines can be the units: `lines`, and plain text read as one sentence a line. */
const lineFormats: ReadonlySet<string> = new Set(['lines', 'text'])

/**
 * Sentence beads in a block pair beyond which the pair is judged sentence by sentence: a file of
 * one sentence a line is one block a side, too long for its lengths or its anchors taken whole to
 * say where it differs.
 */
const longBlock = 12

/** The sentence beads inside each pairing block bead, in order. */
export function sentenceBeadsByBlock(alignment: Alignment): Map<Bead, Bead[]> {
  const blockOf = (side: Side) => new Map(alignment[side].blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.index, block.index])))
  const beadOf = (side: Side) => new Map(alignment.blocks.flatMap((bead) => bead[side].map((block) => [block, bead])))
  const blocks = {source: blockOf('source'), target: blockOf('target')}
  const beads = {source: beadOf('source'), target: beadOf('target')}
  const byBlock = new Map<Bead, Bead[]>()
  for (const bead of alignment.sentences) {
    const side: Side = bead.source.length > 0 ? 'source' : 'target'
    const block = blocks[side].get(bead[side][0] ?? -1)
    const blockBead = block === undefined ? undefined : beads[side].get(block)
    if (!blockBead || blockBead.source.length === 0 || blockBead.target.length === 0) continue
    const inside = byBlock.get(blockBead)
    if (inside) inside.push(bead)
    else byBlock.set(blockBead, [bead])
  }
  return byBlock
}

/**
 * The sentence beads of each block bead judged and shown sentence by sentence (`judgedBySentence`):
 * long block pairs, and block pairs of one sentence a line on both sides.
 */
export function sentenceJudgedPairs(alignment: Alignment): Map<Bead, Bead[]> {
  return judgedBySentence(sentenceBeadsByBlock(alignment), alignment)
}

/**
 * The entries of `sentenceBeadsByBlock` judged sentence by sentence: block pairs of more than
 * `longBlock` sentence beads, whose lengths and anchors taken whole cannot say where they differ,
 * and block pairs whose blocks hold one sentence a line on both sides (`sentenceALine`) in files of
 * lines or plain text, however short: such a file is read line by line, and its findings belong on
 * its lines. (A Markdown paragraph wrapped a sentence a line is still one paragraph.)
 */
export function judgedBySentence(byBlock: ReadonlyMap<Bead, Bead[]>, alignment: Alignment): Map<Bead, Bead[]> {
  const oneALine = (bead: Bead, side: Side) => lineFormats.has(alignment[side].format) && bead[side].every((index) => {
    const block = alignment[side].blocks[index]
    return block !== undefined && sentenceALine(block)
  })
  return new Map([...byBlock].filter(([bead, beads]) => beads.length > longBlock || (oneALine(bead, 'source') && oneALine(bead, 'target'))))
}

/** The sentences of a document by index. */
export function sentencesByIndex(document: BitextDocument): Map<number, Sentence> {
  return new Map(document.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.index, sentence])))
}

/** Whether each sentence of a block of several is one line of the file, in order (`lines` input, plain text read as one sentence a line). */
export function sentenceALine(block: Block): boolean {
  const first = block.position.start.line
  return block.sentences.length > 1 && block.position.end.line === first + block.sentences.length - 1 && block.sentences.every((sentence, index) => sentence.line === first + index)
}
