import type {Element, ElementContent, Root, RootContent} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {primaryLang} from '../text/primary-lang.js'
import {collectText} from './collect-text.js'
import type {SourceChunk} from './collect-text.js'
import {blockElements, containerElements, skippedElements} from './html-elements.js'
import {elementSpans, htmlVerbatim, noSpans, presentSpans, textSpans} from './html-verbatim.js'
import type {RawBlock} from './raw-block.js'
import type {VerbatimSpans} from './verbatim-spans.js'

/** Blocks of an HTML page, and the language of its `<html lang>`. */
export interface ParsedHtml {
  blocks: RawBlock[]
  lang?: string
}

interface Context {
  blocks: RawBlock[]
  /** Language from a `lang` attribute below `<html>`. */
  lang: string | undefined
  quote: boolean
  /** Inline content waiting to become an anonymous paragraph. */
  pending: Array<{chunk: SourceChunk; start: number; end: number}>
  /** Code and links of the pending inline content. */
  spans: VerbatimSpans
  /** Inside a `<code>`, `<kbd>` or `<samp>` of loose text, whose text is already one code span. */
  inCode: boolean
}

/**
 * Parses HTML: `h1`-`h6`, `p`, `li`, `tr` (cells joined by ` | `),
 * `blockquote` (as quotes), `pre` (as code) and loose text in containers
 * become blocks; `script`, `style`, `nav`, `header`, `footer` … are skipped.
 * A `lang` attribute below `<html>` sets the language of the blocks inside.
 * Each block but `pre` keeps its inline code, template tags, link targets and
 * image sources (`code`, `links`; see `htmlVerbatim`).
 */
export function parseHtml(value: string): ParsedHtml {
  const tree: Root = unified().use(rehypeParse).parse(value)
  const context: Context = {blocks: [], lang: undefined, quote: false, pending: [], spans: noSpans(), inCode: false}
  let lang: string | undefined
  for (const child of tree.children) {
    if (child.type === 'element' && child.tagName === 'html') lang = attribute(child, 'lang')
    visit(child, context)
  }
  flush(context)
  return lang === undefined ? {blocks: context.blocks} : {blocks: context.blocks, lang}
}

function visit(node: RootContent | ElementContent, context: Context): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    context.pending.push({chunk: {value: node.value, offset: start}, start, end})
    if (!context.inCode) textSpans(node.value, context.spans)
    return
  }
  if (node.type !== 'element' || skippedElements.has(node.tagName)) return
  const kind = Object.hasOwn(blockElements, node.tagName) ? blockElements[node.tagName] : undefined
  if (kind === undefined && !containerElements.has(node.tagName)) {
    if (node.tagName === 'br') lineBreak(context)
    else visitInline(node, context)
    return
  }
  flush(context)
  const inner = {...context, lang: node.tagName === 'html' ? context.lang : (attribute(node, 'lang') ?? context.lang)}
  if (kind === undefined) visitChildren(node, {...inner, quote: context.quote || node.tagName === 'blockquote'})
  else addBlock(node, kind, inner)
}

/** An inline element of loose text: its link and code go with the pending text. */
function visitInline(node: Element, context: Context): void {
  const code = !context.inCode && elementSpans(node, context.spans) === 'code'
  const inner = code ? {...context, inCode: true} : context
  for (const child of node.children) visit(child, inner)
}

function visitChildren(node: Element, context: Context): void {
  const inner: Context = {...context, pending: [], spans: noSpans(), inCode: false}
  for (const child of node.children) visit(child, inner)
  flush(inner)
}

/** Adds the block of a block element; nested lists inside a list item become blocks of their own. */
function addBlock(node: Element, kind: NonNullable<RawBlock['kind']>, context: Context): void {
  const chunks: SourceChunk[] = []
  const nested: Element[] = []
  gatherText(node, chunks, nested, node.tagName === 'tr')
  const text = kind === 'code' ? rawText(chunks) : collectText(chunks)
  const start = node.position?.start.offset ?? 0
  const block: RawBlock = {
    kind: kind === 'paragraph' && context.quote ? 'quote' : kind,
    ...(kind === 'heading' ? {depth: Number(node.tagName.slice(1))} : {}),
    ...text,
    start,
    end: node.position?.end.offset ?? start,
    ...(context.lang === undefined ? {} : {lang: context.lang}),
    ...(kind === 'code' ? {} : presentSpans(htmlVerbatim(node)))
  }
  if (block.text !== '' || kind === 'heading') context.blocks.push(block)
  for (const list of nested) visitChildren(list, context)
}

/** Text chunks of an element; lists inside a list item are set aside in `nested`. */
function gatherText(node: Element, chunks: SourceChunk[], nested: Element[], cells: boolean): void {
  for (const child of node.children) {
    if (child.type === 'text') chunks.push({value: child.value, offset: child.position?.start.offset ?? 0})
    if (child.type !== 'element' || skippedElements.has(child.tagName)) continue
    if (node.tagName === 'li' && (child.tagName === 'ul' || child.tagName === 'ol')) nested.push(child)
    else if (child.tagName === 'br') chunks.push({value: '\n', offset: child.position?.start.offset ?? 0})
    else {
      if (cells && (child.tagName === 'td' || child.tagName === 'th') && chunks.length > 0) {
        chunks.push({value: ' | ', offset: child.position?.start.offset ?? 0})
      }
      if (blockElements[child.tagName] !== undefined || containerElements.has(child.tagName)) {
        chunks.push({value: ' ', offset: child.position?.start.offset ?? 0})
      }
      gatherText(child, chunks, nested, false)
    }
  }
}

/** Code keeps its white space; only the ends are trimmed. */
function rawText(chunks: readonly SourceChunk[]): {text: string; pieces: RawBlock['pieces']; sentences: RawBlock['sentences']} {
  const joined = chunks.map((chunk) => chunk.value).join('')
  const text = joined.trim()
  const source = (chunks[0]?.offset ?? 0) + (joined.length - joined.trimStart().length)
  return {text, pieces: [{text: 0, source}], sentences: text === '' ? [] : [{start: 0, end: text.length}]}
}

/** A `<br>` in loose text; a second one with only white space between ends the paragraph (`<br><br>`). */
function lineBreak(context: Context): void {
  const last = context.pending.findLast((entry) => entry.start < 0 || entry.chunk.value.trim() !== '')
  if (last && last.start < 0) flush(context)
  else context.pending.push({chunk: {value: '\n', offset: 0}, start: -1, end: -1})
}

/** Turns loose inline content into a paragraph (or quote) block. */
function flush(context: Context): void {
  const pending = context.pending.splice(0)
  const spans = {code: context.spans.code.splice(0), links: context.spans.links.splice(0)}
  const located = pending.filter((entry) => entry.start >= 0 && entry.chunk.value.trim() !== '')
  const {text, pieces} = collectText(pending.map((entry) => entry.chunk))
  if (text === '' || located.length === 0) return
  const first = located[0]
  const last = located.at(-1)
  context.blocks.push({
    kind: context.quote ? 'quote' : 'paragraph',
    text,
    pieces,
    start: (first?.start ?? 0) + leadingSpace(first?.chunk.value ?? ''),
    end: (last?.end ?? 0) - trailingSpace(last?.chunk.value ?? ''),
    ...(context.lang === undefined ? {} : {lang: context.lang}),
    ...presentSpans(spans)
  })
}

function leadingSpace(value: string): number {
  return value.length - value.trimStart().length
}

function trailingSpace(value: string): number {
  return value.length - value.trimEnd().length
}

/** An attribute's value; for `lang`, its primary subtag in lower case (`tr-TR` → `tr`). */
function attribute(node: Element, name: string): string | undefined {
  const value = node.properties[name]
  if (typeof value !== 'string' || value.trim() === '') return undefined
  return name === 'lang' ? primaryLang(value.trim()) : value.trim()
}
