import type {BitextDocument, Block} from './types.js'

/** What an outline reads: a document, or a stream of one (`streamDocument`) whose blocks are read twice. */
export type OutlineSource = Pick<BitextDocument, 'lang' | 'langConfidence' | 'format' | 'sections'> & {blocks: Iterable<Block>}

/**
 * A readable outline of a document: a summary line, then each section's
 * heading and its blocks with index, kind, language, line range, sentence
 * count and full text.
 */
export function formatOutline(document: OutlineSource, name: string): string {
  return [...outlineLines(document, name)].join('\n') + '\n'
}

/**
 * `formatOutline`'s lines, one block's at a time: the blocks are read once to count them and their
 * sentences for the summary line, and once more to describe them (a section opens at its first
 * block, which is its heading when it has one), so a document too large to hold can be outlined
 * from its stream.
 */
export function* outlineLines(document: OutlineSource, name: string): Generator<string> {
  let blocks = 0
  let sentences = 0
  for (const block of document.blocks) (blocks += 1), (sentences += block.sentences.length)
  yield `${name}: ${document.format}, lang ${document.lang} (${document.langConfidence.toFixed(2)}), ` +
    `${count(blocks, 'block')}, ${count(document.sections.length, 'section')}, ${count(sentences, 'sentence')}`
  const opens = new Map(document.sections.map((section) => [section.blocks[0], section]))
  for (const block of document.blocks) {
    const section = opens.get(block.index)
    if (section) {
      yield ''
      yield section.heading === block.index ? `${'#'.repeat(block.depth ?? 1)} ${block.text}` : '(before the first heading)'
    }
    yield* describeBlock(block)
  }
}

function describeBlock(block: Block): string[] {
  const kind = block.kind === 'heading' ? `heading ${block.depth ?? 1}` : block.kind
  const {start, end} = block.position
  const range = start.line === end.line ? `line ${start.line}` : `lines ${start.line}-${end.line}`
  const flags = block.translatable ? '' : ', not translatable'
  return [
    `  [${block.index}] ${kind}, ${block.lang} (${block.langConfidence.toFixed(2)}), ${range}, ${count(block.sentences.length, 'sentence')}${flags}`,
    `      ${block.text.replace(/\n/gu, '\n      ')}`
  ]
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`
}
