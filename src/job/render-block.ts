import type {Block, DocumentFormat} from '../document/types.js'
import type {Placement} from './placement.js'
import {lineAnchor, targetAnchor} from './target-anchor.js'

/** A change to the target's text: replace `[start, end)` with `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

const htmlTags: Record<string, string> = {paragraph: 'p', 'list-item': 'li', quote: 'blockquote', code: 'pre', 'table-row': 'p'}
const markdownPrefix = /^(?:#{1,6}[ \t]+|[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?)/

/** The edit that puts `body` (in the document's markup: escaped for HTML) into `text` at `placement`, in the document's own markup. */
export function renderEdit(text: string, blocks: readonly Block[], format: DocumentFormat, placement: Placement, body: string): Edit {
  if (placement.lines) return lineEdit(text, blocks, placement, placement.lines, body)
  checkAnchor(blocks, placement)
  if (placement.replaces.length > 0) return replaceEdit(text, blocks, format, placement, body)
  const neighbour = blocks[placement.after]
  if (neighbour === undefined) return startEdit(text, blocks, format, placement, body)
  const at = neighbour.position.end.offset
  if (format === 'html') return {start: at, end: at, text: `\n${indentBefore(text, neighbour.position.start.offset)}${htmlElement(placement, body)}`}
  if (format === 'markdown') {
    const tight = placement.kind === 'list-item' && neighbour.kind === 'list-item'
    return {start: at, end: at, text: `${tight ? '\n' : '\n\n'}${markdownBlock(text, neighbour, placement, body)}`}
  }
  return {start: at, end: at, text: `\n\n${body}`}
}

/** Throws when the target lacks the blocks the place names, or their text is not the one the job was made from. */
function checkAnchor(blocks: readonly Block[], placement: Placement): void {
  const what = placement.replaces.length > 0 ? `replaces target block ${placement.replaces.join(', ')}` : `puts a block after target block ${placement.after}`
  const missing = placement.replaces.length > 0 ? placement.replaces.some((index) => index >= blocks.length) : placement.after >= blocks.length
  if (missing) throw new RangeError(`renderEdit: the job ${what}, which the target does not have; make the job from this target`)
  if (placement.anchor !== undefined && targetAnchor(blocks, placement) !== placement.anchor) {
    throw new RangeError(`renderEdit: the job ${what}, whose text is not the one the job was made from (another target, or edited since); make the job from this target`)
  }
}

function startEdit(text: string, blocks: readonly Block[], format: DocumentFormat, placement: Placement, body: string): Edit {
  const first = blocks[0]
  const at = first?.position.start.offset ?? text.length
  const rendered = format === 'html' ? htmlElement(placement, body) : format === 'markdown' ? markdownBlock(text, undefined, placement, body) : body
  const separator = format === 'html' ? `\n${first ? indentBefore(text, at) : ''}` : '\n\n'
  return {start: at, end: at, text: first ? rendered + separator : rendered + '\n'}
}

function replaceEdit(text: string, blocks: readonly Block[], format: DocumentFormat, placement: Placement, body: string): Edit {
  const first = blocks[placement.replaces[0]!]!
  const last = blocks[placement.replaces.at(-1)!]!
  const start = first.position.start.offset
  const end = last.position.end.offset
  const raw = text.slice(start, end)
  if (format === 'markdown') return {start, end, text: (markdownPrefix.exec(raw)?.[0] ?? '') + body}
  if (format === 'html' && raw.startsWith('<') && raw.includes('</')) {
    const open = raw.indexOf('>') + 1
    return {start: start + open, end: start + raw.lastIndexOf('</'), text: body}
  }
  return {start, end, text: body}
}

function markdownBlock(text: string, neighbour: Block | undefined, placement: Placement, body: string): string {
  if (placement.kind === 'heading') return `${'#'.repeat(placement.depth ?? 2)} ${body}`
  if (placement.kind === 'quote') return `> ${body}`
  if (placement.kind !== 'list-item') return body
  const start = neighbour?.kind === 'list-item' ? neighbour.position.start.offset : 0
  const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start + 12)
  return (/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(neighbour?.kind === 'list-item' ? line : '')?.[0] ?? '- ') + body
}

function htmlElement(placement: Placement, body: string): string {
  const tag = placement.kind === 'heading' ? `h${placement.depth ?? 2}` : htmlTags[placement.kind] ?? 'p'
  return `<${tag}>${body}</${tag}>`
}

/** The white space between the start of the line and `offset`, when there is only white space. */
function indentBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const before = text.slice(lineStart, offset)
  return /^[ \t]*$/.test(before) ? before : ''
}

/**
 * The edit of a place given in lines (a file of one sentence a line): `body` replaces the text of the
 * lines (their line breaks kept), or goes on a line of its own after line `after` (before the first
 * line for `0`), with the file's own line break.
 */
function lineEdit(text: string, blocks: readonly Block[], placement: Placement, lines: {replaces: number[]; after: number}, body: string): Edit {
  const what = lines.replaces.length > 0 ? `replaces target line ${lines.replaces.join(', ')}` : `puts a line after target line ${lines.after}`
  if (placement.anchor !== undefined && lineAnchor(blocks, lines) !== placement.anchor) {
    throw new RangeError(`renderEdit: the job ${what}, whose text is not the one the job was made from (another target, or edited since); make the job from this target`)
  }
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  const lineEnd = (line: number) => {
    const next = starts[line]
    if (next === undefined) return text.length
    return text[next - 2] === '\r' ? next - 2 : next - 1
  }
  const last = Math.max(...lines.replaces, lines.after)
  if (last > starts.length) throw new RangeError(`renderEdit: the job ${what}, which the target does not have; make the job from this target`)
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  if (lines.replaces.length > 0) return {start: starts[(lines.replaces[0] ?? 1) - 1] ?? 0, end: lineEnd(lines.replaces.at(-1) ?? 1), text: body.replaceAll('\n', newline)}
  if (lines.after === 0) return {start: 0, end: 0, text: body.replaceAll('\n', newline) + newline}
  return {start: lineEnd(lines.after), end: lineEnd(lines.after), text: newline + body.replaceAll('\n', newline)}
}
