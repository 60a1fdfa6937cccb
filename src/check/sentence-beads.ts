import type {Bead} from '../align/types.js'
import type {BitextDocument, Sentence} from '../document/types.js'
import type {CheckContext} from './context.js'

type Side = 'source' | 'target'

/**
 * Sentence beads in a block pair beyond which the pair is judged sentence by sentence: a file of
 * one sentence a line is one block a side, too long for its lengths or its anchors taken whole to
 * say where it differs.
 */
export const longBlock = 12

/** The sentence beads inside each pairing block bead, in order. */
export function sentenceBeadsByBlock(context: CheckContext): Map<Bead, Bead[]> {
  const {alignment} = context
  const blockOf = (side: Side) => new Map(alignment[side].blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.index, block.index])))
  const blocks = {source: blockOf('source'), target: blockOf('target')}
  const byBlock = new Map<Bead, Bead[]>()
  for (const bead of alignment.sentences) {
    const side: Side = bead.source.length > 0 ? 'source' : 'target'
    const block = blocks[side].get(bead[side][0] ?? -1)
    const blockBead = block === undefined ? undefined : (side === 'source' ? context.sourceBead : context.targetBead)[block]
    if (!blockBead || blockBead.source.length === 0 || blockBead.target.length === 0) continue
    byBlock.set(blockBead, [...(byBlock.get(blockBead) ?? []), bead])
  }
  return byBlock
}

/** The sentences of a document by index. */
export function sentencesByIndex(document: BitextDocument): Map<number, Sentence> {
  return new Map(document.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.index, sentence])))
}
