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
import {shifted} from './raw-block.js'
import {collectText} from './collect-text.js'
import {collectVerbatim, linkDefinitions, tagTargets} from './verbatim-spans.js'
import type {MarkdownChunk} from './markdown-chunks.js'
import {markdownChunks} from './markdown-chunks.js'
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
export function parseMarkdown(value: string, options: MarkdownOptions = {}): RawBlock[] {
  return [...markdownParts(value, options)].flat()
}

/**
 * `parseMarkdown`, one chunk's blocks at a time: only one chunk's syntax tree and blocks exist at
 * once. The depth is checked and the MDX blanked when called; the generator then holds the blanked
 * text only, so a caller that keeps no other reference to `value` lets it go (`markdownBytesParts`).
 */
export function markdownParts(value: string, options: MarkdownOptions = {}): Generator<RawBlock[]> {
  assertShallowMarkdown(value)
  return blankedParts(blankMdx(value), options)
}

function* blankedParts(blanked: string, options: MarkdownOptions): Generator<RawBlock[]> {
  const size = options.chunkSize ?? defaultChunkSize
  if (blanked.length <= size) {
    yield parseChunk(blanked, {start: 0, end: blanked.length, prefix: ''}, '')
    return
  }
  const definitions = definitionLines(blanked)
  // Each chunk is parsed with the link definitions after it: chunks stay four times their length.
  const chunkSize = options.chunkSize ?? Math.max(size, 4 * definitions.length)
  for (const chunk of markdownChunks(blanked, chunkSize)) yield parseChunk(blanked, chunk, definitions)
}

/** Options of `parseMarkdown`. */
export interface MarkdownOptions {
  /**
   * Characters of source parsed at once: a longer document is parsed in chunks
   * cut where they parse the same apart (see `markdownChunks`), so that the
   * syntax tree of a 5 MB table never exists whole. Default 65,536 (or four times
   * the length of the document's link definitions, which every chunk is parsed with).
   * Small chunks keep each syntax tree short-lived: it dies before V8 moves it to the
   * old generation, where it would stay until the next full collection.
   */
  chunkSize?: number
}

const defaultChunkSize = 64 * 1024

/**
 * The blocks of one chunk: parsed after its prefix (a table's header) and
 * before the document's link definitions, offsets moved to the document;
 * front matter is read only at the document's start.
 */
function parseChunk(blanked: string, chunk: MarkdownChunk, definitions: string): RawBlock[] {
  const body = blanked.slice(chunk.start, chunk.end)
  const text = chunk.prefix + body + definitions
  const parser = unified().use(remarkParse).use(remarkGfm)
  const tree = (chunk.start === 0 ? parser.use(remarkFrontmatter, ['yaml', 'toml']) : parser).parse(text)
  const blocks = visitChildren(tree, 'paragraph', {value: text, definitions: linkDefinitions(tree)})
  if (chunk.start === 0 && chunk.prefix === '' && definitions === '') return blocks
  const own = blocks.filter((block) => block.start >= chunk.prefix.length && block.start < chunk.prefix.length + body.length)
  return own.map((block) => shifted(block, chunk.start - chunk.prefix.length))
}

/** The document's one-line link and footnote definitions (`[id]: url`), for chunks parsed apart; `''` when there are none or too many. */
function definitionLines(blanked: string): string {
  const lines = blanked.match(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*$/gmu) ?? []
  const text = lines.join('\n')
  return lines.length === 0 || text.length > 65_536 ? '' : `\n\n${text}\n`
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

