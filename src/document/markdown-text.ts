import type {Nodes} from 'mdast'
import type {SourceChunk} from './collect-text.js'

/** HTML/JSX tags that CommonMark left in text, e.g. with `style={{…}}` attributes. */
const leftoverTag = /<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/gu

/**
 * The text chunks of a node's inline content, each with its source offset:
 * text and inline code are kept, HTML/JSX tags, images and footnote
 * references dropped, table cells separated by ` | `.
 */
export function phrasingChunks(node: Nodes): SourceChunk[] {
  const chunks: SourceChunk[] = []
  collect(node, chunks, 0)
  return chunks
}

/** `fallback`: the nearest ancestor's offset, for nodes a transform made without a position (GFM's literal autolinks split their text). */
function collect(node: Nodes, chunks: SourceChunk[], fallback: number): void {
  const offset = node.position?.start.offset ?? fallback
  switch (node.type) {
    case 'text':
      chunks.push({value: node.value.replace(leftoverTag, (tag) => ' '.repeat(tag.length)), offset})
      return
    case 'inlineCode':
      chunks.push({value: node.value, offset: offset + 1})
      return
    case 'break':
      chunks.push({value: '\n', offset})
      return
    case 'tableCell':
      if (chunks.length > 0) chunks.push({value: ' | ', offset})
      break
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return
  }
  if ('children' in node) for (const child of node.children) collect(child, chunks, offset)
}
