import type {Element, ElementContent} from 'hast'
import {templateTags} from '../text/template-tags.js'
import {collectText} from './collect-text.js'
import type {SourceChunk} from './collect-text.js'
import type {RawBlock} from './raw-block.js'
import {skippedElements} from './html-elements.js'
import type {VerbatimSpans} from './verbatim-spans.js'

/** Inline elements whose text is code a translation keeps as written (Markdown's backticks). */
const codeElements: ReadonlySet<string> = new Set(['code', 'kbd', 'samp'])

/**
 * What an HTML block holds that a translation must keep as written, in reading
 * order, the same forms the Markdown reader collects (`collectVerbatim`):
 * the text of `<code>`, `<kbd>` and `<samp>` (white space collapsed, NFC, as in
 * the block's text), template tags in text (`{{ … }}`, `{% … %}`), and the
 * `href` and `src` of any element (`<a href>`, `<img src>`, `<source src>`).
 * Skipped elements (`script`, `nav` …) and lists nested in a list item (blocks
 * of their own) are not read.
 */
export function htmlVerbatim(node: Element): VerbatimSpans {
  const spans = noSpans()
  for (const child of node.children) visit(child, node, spans)
  return spans
}

function visit(node: ElementContent, parent: Element, spans: VerbatimSpans): void {
  if (node.type === 'text') textSpans(node.value, spans)
  if (node.type !== 'element' || skippedElements.has(node.tagName)) return
  if (parent.tagName === 'li' && (node.tagName === 'ul' || node.tagName === 'ol')) return
  if (elementSpans(node, spans) === 'code') return
  for (const child of node.children) visit(child, node, spans)
}

/** Adds the template tags of a text node outside code. */
export function textSpans(value: string, spans: VerbatimSpans): void {
  spans.code.push(...templateTags(value))
}

/**
 * Adds an element's own spans: its link target or source, and its text when it
 * is code. Returns `'code'` for a code element (its text is taken whole: tags
 * inside it are no spans of their own), else `'other'`.
 */
export function elementSpans(node: Element, spans: VerbatimSpans): 'code' | 'other' {
  for (const name of ['href', 'src']) {
    const value = node.properties[name]
    if (typeof value === 'string' && value.trim() !== '') spans.links.push(value.trim())
  }
  if (!codeElements.has(node.tagName)) return 'other'
  const {text} = collectText(textChunks(node))
  if (text !== '') spans.code.push(text)
  return 'code'
}

/** The text chunks below an element, skipped elements left out. */
function textChunks(node: Element): SourceChunk[] {
  const chunks: SourceChunk[] = []
  const walk = (child: ElementContent) => {
    if (child.type === 'text') chunks.push({value: child.value, offset: 0})
    else if (child.type === 'element' && !skippedElements.has(child.tagName)) {
      if (child.tagName === 'br') chunks.push({value: '\n', offset: 0})
      else for (const grandchild of child.children) walk(grandchild)
    }
  }
  for (const child of node.children) walk(child)
  return chunks
}

/** No spans yet. */
export function noSpans(): VerbatimSpans {
  return {code: [], links: []}
}

/** The spans a block has, as optional fields (absent when empty, as in the Markdown reader). */
export function presentSpans(spans: VerbatimSpans): Pick<RawBlock, 'code' | 'links'> {
  return {...(spans.code.length > 0 ? {code: spans.code} : {}), ...(spans.links.length > 0 ? {links: spans.links} : {})}
}
