import type {Nodes, Parent, Root, RootContent} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {blankMdx} from './blank-mdx.js'
import {isBoxOpener} from './box-opener.js'
import {assertShallowMarkdown} from './markdown-depth.js'
import {phrasingChunks} from './markdown-text.js'
import type {RawBlock} from './raw-block.js'
import {collectText} from './collect-text.js'
import {collectVerbatim, linkDefinitions, tagTargets} from './verbatim-spans.js'
import {openTableCells} from './open-table-cells.js'
import {parseHtml} from './parse-html.js'

type Context = 'paragraph' | 'list-item' | 'quote'

/**
 * Parses Markdown (CommonMark + GFM, YAML/TOML front matter skipped) into raw
 * blocks: headings, paragraphs, list items, table rows, quotes and code.
 * Raw HTML blocks are read by the HTML reader (their text, not as Markdown),
 * cell by cell when a table's cells run on into the following blocks;
 * inline HTML and JSX tags are dropped, `{/*id*\/}` anchors removed from the
 * text (see `blankMdx`); offsets are those of `value`. Each block keeps its
 * inline code, template tags, link targets and image sources (`code`, `links`).
 * More than `maxMarkdownDepth` nested lists or quotes is an `InputError('too-deep')`.
 */
export function parseMarkdown(value: string): RawBlock[] {
  assertShallowMarkdown(value)
  const blanked = blankMdx(value)
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).parse(blanked)
  return visitChildren(tree, 'paragraph', {value: blanked, definitions: linkDefinitions(tree)})
}

/** The source being parsed and its link definitions. */
interface Source {
  value: string
  definitions: ReadonlyMap<string, string>
}

function visitChildren(parent: Parent | Root, context: Context, source: Source): RawBlock[] {
  return parent.children.flatMap((child) => visit(child as RootContent, context, source))
}

function visit(node: RootContent, context: Context, source: Source): RawBlock[] {
  switch (node.type) {
    case 'heading':
      return [{...phrasingBlock(node, 'heading', source), depth: node.depth}]
    case 'paragraph':
      return nonEmpty(paragraphBlock(node, context, source))
    case 'list':
      return node.children.flatMap((item) => visitChildren(item, 'list-item', source))
    case 'blockquote':
      return visitChildren(node, 'quote', source)
    case 'table':
      return node.children.flatMap((row) => nonEmpty(phrasingBlock(row, 'table-row', source)))
    case 'code':
      return [codeBlock(node, source.value)]
    case 'footnoteDefinition':
      return visitChildren(node, context, source)
    case 'html':
      return htmlBlocks(node)
    default:
      return []
  }
}

/** A block from a node's inline content; its source span is the node's. */
function phrasingBlock(node: Nodes, kind: RawBlock['kind'], source: Source): RawBlock {
  const {text, pieces} = collectText(phrasingChunks(node))
  const {code, links} = collectVerbatim(node, source.definitions)
  return {
    kind,
    text,
    pieces,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    ...(code.length > 0 ? {code} : {}),
    ...(links.length > 0 ? {links} : {})
  }
}

/**
 * A paragraph; a line that opens a titled box of the MkDocs blocks extension
 * (`/// note | Not`, `/// tip`) is the box's heading, not prose.
 */
function paragraphBlock(node: Extract<RootContent, {type: 'paragraph'}>, context: Context, source: Source): RawBlock {
  const block = phrasingBlock(node, context, source)
  return isBoxOpener(block.text) ? {...block, kind: 'heading', depth: 6} : block
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

/**
 * The blocks of a raw HTML block, read by the HTML reader, offsets moved to the
 * Markdown source. An HTML block with no visible text but an image is one
 * paragraph shown by its markup (`<img src="logo.png">`), so that its source
 * can be compared.
 */
function htmlBlocks(node: Extract<RootContent, {type: 'html'}>): RawBlock[] {
  const base = node.position?.start.offset ?? 0
  const blocks = openTableCells(node.value).flatMap((piece) =>
    parseHtml(node.value.slice(piece.start, piece.end)).blocks.map((block) => shifted(block, base + piece.start))
  )
  if (blocks.length > 0 || !/<img\s/iu.test(node.value)) return blocks
  const text = node.value.trim().replace(/\s+/gu, ' ')
  const start = base + node.value.indexOf(node.value.trim())
  const links = tagTargets(node.value)
  return [{kind: 'paragraph', text, pieces: [{text: 0, source: start}], start, end: start + node.value.trim().length, ...(links.length > 0 ? {links} : {})}]
}

function shifted(block: RawBlock, base: number): RawBlock {
  return {...block, start: block.start + base, end: block.end + base, pieces: block.pieces.map((piece) => ({text: piece.text, source: piece.source + base}))}
}
