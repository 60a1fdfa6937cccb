import {addPiece, collectText} from './collect-text.js'
import type {CollectedText} from './collect-text.js'
import type {RawBlock, RawSentence, TextPiece} from './raw-block.js'
import {groupParagraphs, isBulleted, splitLines} from './split-lines.js'
import type {SourceLine} from './split-lines.js'
import type {LineBreaks} from './line-breaks.js'
import {readLineBreaks} from './line-breaks.js'

/** Headings are at most this many characters long. */
const maxHeadingLength = 120
const terminalPunctuation = /[.!?:;,…。]["'”’)\]]*$/u
/** `Label: text` opens a paragraph, not a heading. */
const labelColon = /^[^:]{1,80}:\s+\S/u

/**
 * Parses plain text: blank or white-space-only lines separate blocks. What a
 * line break inside a block means is read from the text (`readLineBreaks`,
 * unless `breaks` is given): in wrapped text the lines of a block are joined;
 * with one sentence a line they are the block's sentences; with one paragraph
 * a line each line is a block. A single short line without terminal
 * punctuation followed by another block is a heading (depth 1 when it opens
 * the document, else 2). A block whose every line starts with a bullet
 * (`-`, `*`, `•`) gives one list item per line.
 */
export function parseText(value: string, place: TextPlace = {opens: true, closes: true}, breaks: LineBreaks = readLineBreaks(value)): RawBlock[] {
  const paragraphs = groupParagraphs(splitLines(value))
  const groups = breaks === 'paragraph' ? paragraphs.flatMap((group) => (group.every(isBulleted) ? [group] : group.map((entry) => [entry]))) : paragraphs
  return groups.flatMap((group, index) => {
    if (group.every(isBulleted)) {
      return group.map((entry) => toBlock([entry], 'list-item'))
    }
    if ((index < groups.length - 1 || !place.closes) && isHeading(group)) {
      return [{...toBlock(group, 'heading'), depth: index === 0 && place.opens ? 1 : 2}]
    }
    return [breaks === 'sentence' ? lineSentences(group) : toBlock(group, 'paragraph')]
  })
}

/**
 * Where a text read in parts is in its document: whether it opens it (no text
 * before) and closes it (no text after). Default: both, a whole document.
 */
export interface TextPlace {
  opens: boolean
  closes: boolean
}

function isHeading(group: readonly SourceLine[]): boolean {
  const [only] = group
  if (group.length !== 1 || !only) return false
  const text = only.value.trim()
  return (
    text.length <= maxHeadingLength &&
    /\p{L}/u.test(text) &&
    !terminalPunctuation.test(text) &&
    !labelColon.test(text)
  )
}

/** A block of `kind` from source lines: collected text, trimmed source span. */
function toBlock(lines: readonly SourceLine[], kind: RawBlock['kind']): RawBlock {
  const {spans, ...block} = toLineBlock(lines, kind)
  return block
}

/** A paragraph whose sentences are its lines, each as written (`lines` input, text of one sentence a line). */
export function lineSentences(lines: readonly SourceLine[]): RawBlock {
  const {spans, ...block} = toLineBlock(lines, 'paragraph')
  return {...block, sentences: spans}
}

/** `toBlock`, with the span of each line in the block's text. */
function toLineBlock(lines: readonly SourceLine[], kind: RawBlock['kind']): RawBlock & {spans: RawSentence[]} {
  const {text, pieces, spans} = joinLines(lines)
  const first = lines[0]
  const last = lines.at(-1)
  const start = first ? first.offset + (first.value.length - first.value.trimStart().length) : 0
  const end = last ? last.offset + last.value.trimEnd().length : start
  return {kind, text, start, end, pieces, spans}
}

/**
 * The collected text of non-blank lines joined by one space (what collecting
 * them with their line breaks gives), and the span of each line in it.
 */
function joinLines(lines: readonly SourceLine[]): CollectedText & {spans: RawSentence[]} {
  const texts: string[] = []
  const pieces: TextPiece[] = []
  const spans: RawSentence[] = []
  let start = 0
  for (const line of lines) {
    const collected = collectText([line])
    for (const piece of collected.pieces) addPiece(pieces, start + piece.text, piece.source)
    texts.push(collected.text)
    spans.push({start, end: start + collected.text.length})
    start += collected.text.length + 1
  }
  // One line's text is a slice of the whole input and would keep all of it alive: copy it.
  return {text: texts.length === 1 ? ownCopy(texts[0] ?? '') : texts.join(' '), pieces, spans}
}

/** A string with its own characters, not a slice of a larger one (V8 flattens `' ' + text` into a new string). */
function ownCopy(text: string): string {
  return (' ' + text).slice(1)
}

/** The plain-text parser of `parseDocument`: line breaks read as `breaks`, else from the text. */
export function textParser(breaks: LineBreaks | undefined): (value: string) => {blocks: RawBlock[]} {
  return (value) => ({blocks: parseText(value, undefined, breaks ?? readLineBreaks(value))})
}
