import type {Element, Root as HastRoot} from 'hast'
import type {Nodes as MdNodes, Root as MdRoot} from 'mdast'
import rehypeParse from 'rehype-parse'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import type {DocumentFormat} from '../document/types.js'

/** One inline code of a block: the markup as written, and whether it opens, closes or stands alone. */
export interface InlineCode {
  kind: 'open' | 'close' | 'alone'
  /** The markup, byte for byte (`**`, `[`, `](https://…)`, `<a href="…">`, `` `code` ``). */
  code: string
  /** The number shared by an opening code and its closing one; its own number for one that stands alone. */
  pair: number
}

/** A block's text with each inline code as one character U+E000 + index into `codes`. */
export interface InlineText {
  text: string
  codes: InlineCode[]
}

type Node = {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: Node[]; value?: string; tagName?: string}

/** Markdown nodes that hold translatable text between an opening and a closing code. */
const mdSpans = new Set(['strong', 'emphasis', 'delete', 'link'])
/** HTML elements that do. */
const htmlSpans = new Set(['a', 'strong', 'b', 'em', 'i', 'u', 's', 'span', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q'])
/** Inline HTML elements that are one code each, content and all. */
const htmlAlone = new Set(['code', 'kbd', 'samp', 'var', 'br', 'wbr', 'img', 'time', 'data'])

/**
 * The inline markup of one block's raw text (Markdown, or an HTML element), as placeholders: bold,
 * emphasis and links become an opening and a closing code around their text; inline code, images, HTML
 * tags and line breaks one code each. Markdown text is kept as written (escapes included); HTML text is
 * decoded. `undefined` when the block has no inline markup (or its format has none).
 */
export function inlineMarkup(raw: string, format: DocumentFormat): InlineText | undefined {
  const phrasing = format === 'markdown' ? markdownPhrasing(raw) : format === 'html' ? htmlPhrasing(raw) : undefined
  if (!phrasing) return undefined
  const result: InlineText = {text: '', codes: []}
  const spans = format === 'markdown' ? mdSpans : htmlSpans
  for (const child of phrasing.children ?? []) walk(child, raw, format, spans, result)
  return result.codes.length > 0 ? {text: result.text.replace(/\s+/g, ' ').trim(), codes: result.codes} : undefined
}

function markdownPhrasing(raw: string): Node | undefined {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(raw) as MdRoot
  let node: MdNodes | undefined = tree.children[0]
  while (node && (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')) node = node.children[0]
  return node && (node.type === 'paragraph' || node.type === 'heading') ? (node as Node) : undefined
}

/** The block's element, when everything inside it is inline (a `<li>` holding `<p>`s is left as plain sentences). */
function htmlPhrasing(raw: string): Node | undefined {
  const tree = unified().use(rehypeParse, {fragment: true}).parse(raw) as HastRoot
  const element = tree.children.find((child): child is Element => child.type === 'element')
  return element && allInline(element) ? (element as Node) : undefined
}

function allInline(element: Element): boolean {
  return element.children.every((child) => child.type !== 'element' || ((htmlSpans.has(child.tagName) || htmlAlone.has(child.tagName)) && allInline(child)))
}

function walk(node: Node, raw: string, format: DocumentFormat, spans: ReadonlySet<string>, result: InlineText): void {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const children = node.children ?? []
  if (node.type === 'text') {
    result.text += format === 'html' ? node.value ?? '' : raw.slice(start, end)
  } else if (spans.has(node.type === 'element' ? node.tagName ?? '' : node.type) && children.length > 0) {
    const pair = result.codes.length + 1
    add(result, {kind: 'open', code: raw.slice(start, children[0]!.position?.start.offset ?? start), pair})
    for (const child of children) walk(child, raw, format, spans, result)
    add(result, {kind: 'close', code: raw.slice(children.at(-1)!.position?.end.offset ?? end, end), pair})
  } else {
    add(result, {kind: 'alone', code: raw.slice(start, end), pair: result.codes.length + 1})
  }
}

function add(result: InlineText, code: InlineCode): void {
  result.text += String.fromCodePoint(0xe000 + result.codes.length)
  result.codes.push(code)
}
