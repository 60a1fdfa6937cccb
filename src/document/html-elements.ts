import type {BlockKind} from './types.js'

/** Elements whose content is never document text. */
export const skippedElements: ReadonlySet<string> = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'head', 'svg', 'math', 'iframe',
  'object', 'canvas', 'select', 'button', 'textarea', 'map', 'audio', 'video'
])

/** Elements that are one block each, and the kind of block. */
export const blockElements: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  p: 'paragraph', dt: 'paragraph', dd: 'paragraph', figcaption: 'paragraph', caption: 'paragraph',
  summary: 'paragraph', address: 'paragraph', li: 'list-item', tr: 'table-row', pre: 'code'
}

/**
 * Elements that start a new block when met inside inline content (so text
 * around them is split), besides the block elements above.
 */
export const containerElements: ReadonlySet<string> = new Set([
  'html', 'body', 'main', 'article', 'section', 'aside', 'div', 'ul', 'ol', 'dl', 'table', 'thead', 'tbody',
  'tfoot', 'blockquote', 'figure', 'form', 'fieldset', 'details', 'hr', 'center'
])
