import type {BitextDocument, Block} from './types.js'

/**
 * A readable outline of a document: a summary line, then each section's
 * heading and its blocks with index, kind, language, line range, sentence
 * count and full text.
 */
export function formatOutline(document: BitextDocument, name: string): string {
  const sentences = document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
  const lines = [
    `${name}: ${document.format}, lang ${document.lang} (${document.langConfidence.toFixed(2)}), ` +
      `${count(document.blocks.length, 'block')}, ${count(document.sections.length, 'section')}, ${count(sentences, 'sentence')}`
  ]
  for (const section of document.sections) {
    const heading = section.heading === null ? undefined : document.blocks[section.heading]
    lines.push('', heading ? `${'#'.repeat(heading.depth ?? 1)} ${heading.text}` : '(before the first heading)')
    for (const index of section.blocks) {
      const block = document.blocks[index]
      if (block) lines.push(...describeBlock(block))
    }
  }
  return lines.join('\n') + '\n'
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
