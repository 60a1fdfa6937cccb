import type {Nodes, Parent, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {blankMdx} from './blank-mdx.js'
import {phrasingChunks} from './markdown-text.js'
import type {RawBlock} from './raw-block.js'
import {collectText} from './collect-text.js'

type Context = 'paragraph' | 'list-item' | 'quote'

/**
 * Parses Markdown (CommonMark + GFM, YAML/TOML front matter skipped) into raw
 * blocks: headings, paragraphs, list items, table rows, quotes and code.
 * HTML and JSX tags are dropped, `{/*id*\/}` anchors removed from the text
 * (see `blankMdx`); offsets are those of `value`.
 */
export function parseMarkdown(value: string): RawBlock[] {
  const blanked = blankMdx(value)
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(blanked)
  return visitChildren(tree, 'paragraph', blanked)
}

function visitChildren(parent: Parent | Root, context: Context, value: string): RawBlock[] {
  return parent.children.flatMap((child) => visit(child as RootContent, context, value))
}

function visit(node: RootContent, context: Context, value: string): RawBlock[] {
  switch (node.type) {
    case 'heading':
      return [{...phrasingBlock(node, 'heading'), depth: node.depth}]
    case 'paragraph':
      return nonEmpty(phrasingBlock(node, context))
    case 'list':
      return node.children.flatMap((item) => visitChildren(item, 'list-item', value))
    case 'blockquote':
      return visitChildren(node, 'quote', value)
    case 'table':
      return node.children.flatMap((row) => nonEmpty(phrasingBlock(row, 'table-row')))
    case 'code':
      return [codeBlock(node, value)]
    case 'footnoteDefinition':
      return visitChildren(node, context, value)
    default:
      return []
  }
}

/** A block from a node's inline content; its source span is the node's. */
function phrasingBlock(node: Nodes, kind: RawBlock['kind']): RawBlock {
  const {text, pieces} = collectText(phrasingChunks(node))
  return {kind, text, pieces, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

function nonEmpty(block: RawBlock): RawBlock[] {
  return block.text === '' ? [] : [block]
}

/** A code block keeps its text as written; it is one sentence. */
function codeBlock(node: Extract<RootContent, {type: 'code'}>, value: string): RawBlock {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const text = node.value.trim()
  const fenced = /^ {0,3}(?:`{3,}|~{3,})/u.test(value.slice(start, start + 8))
  const source = fenced ? value.indexOf('\n', start) + 1 : start
  const sentences = text === '' ? [] : [{start: 0, end: text.length}]
  return {kind: 'code', text, start, end, pieces: [{text: 0, source}], sentences}
}
