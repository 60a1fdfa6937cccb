import type {Alignment, Bead} from '../align/types.js'
import type {BitextDocument, Block, Sentence} from '../document/types.js'

type Side = 'source' | 'target'

/**
 * Sentence beads in a block pair beyond which the pair is judged sentence by sentence: a file of
 * one sentence a line is one block a side, too long for its lengths or its anchors taken whole to
 * say where it differs.
 */
export const longBlock = 12

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

/** The sentence beads of each block bead that pairs long blocks (more than `longBlock` sentence beads), judged and shown sentence by sentence. */
export function longBlockPairs(alignment: Alignment): Map<Bead, Bead[]> {
  return longOnly(sentenceBeadsByBlock(alignment))
}

/** The entries of `sentenceBeadsByBlock` whose block beads pair long blocks. */
export function longOnly(byBlock: ReadonlyMap<Bead, Bead[]>): Map<Bead, Bead[]> {
  return new Map([...byBlock].filter(([, beads]) => beads.length > longBlock))
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
