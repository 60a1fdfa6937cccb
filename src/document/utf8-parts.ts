import {Buffer} from 'node:buffer'
import type {DocumentParts} from './document-parts.js'
import {lineIndex} from './line-index.js'
import type {ToPoint} from './line-index.js'
import {parseLines} from './parse-lines.js'
import {parseText} from './parse-text.js'
import {lineBreaksSample, readLineBreaks} from './line-breaks.js'
import type {LineBreaks} from './line-breaks.js'
import {shifted} from './raw-block.js'

/**
 * A UTF-8 text kept as its bytes (no byte-order mark, valid UTF-8): a text of
 * hundreds of megabytes decoded whole is a string twice its size (Turkish is
 * not Latin-1), so `streamDocument` reads it in decoded parts instead.
 */
export interface Utf8Text {
  utf8: Uint8Array
}

/** Where a part is: its bytes, and the offset (UTF-16 code units) of its first character in the whole text. */
interface BytePart {
  byteStart: number
  byteEnd: number
  charStart: number
}

/** The layout of a UTF-8 text read once: its parts, and its line starts in characters as a decoded string counts them. */
export interface Utf8Layout {
  parts: BytePart[]
  toPoint: ToPoint
}

const lineFeed = 0x0a
const carriageReturn = 0x0d

/**
 * Reads the bytes of `text` once: cuts them into parts of about `size`
 * bytes, each but the first starting after an empty line and each but the
 * last followed by some non-blank text (as `paragraphParts` cuts a string,
 * so every part parses the same apart as together), and indexes the line
 * starts (after `\n`, `\r\n` or a lone `\r`) by character offset.
 */
export function utf8Layout(text: Utf8Text, size: number): Utf8Layout {
  const bytes = text.utf8
  const contentEnd = nonBlankEnd(bytes)
  const parts: BytePart[] = []
  let lineStarts = new Float64Array(1024)
  let lines = 1
  let partStart = 0
  let partChar = 0
  let chars = 0
  // Byte offset just after the last line ending, when nothing but that ending came since: two in a row make an empty line.
  let afterEnding = -1
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0
    if ((byte & 0xc0) !== 0x80) chars += byte >= 0xf0 ? 2 : 1
    const ending = byte === lineFeed || (byte === carriageReturn && bytes[index + 1] !== lineFeed)
    if (!ending) {
      if (byte !== carriageReturn) afterEnding = -1
      continue
    }
    if (lines === lineStarts.length) lineStarts = grown(lineStarts)
    lineStarts[lines++] = chars
    const next = index + 1
    if (afterEnding !== -1 && next - partStart > size && next < contentEnd) {
      parts.push({byteStart: partStart, byteEnd: next, charStart: partChar})
      partStart = next
      partChar = chars
      afterEnding = -1
    } else afterEnding = next
  }
  parts.push({byteStart: partStart, byteEnd: bytes.length, charStart: partChar})
  return {parts, toPoint: lineIndex(lineStarts.subarray(0, lines))}
}

/**
 * The parts of a UTF-8 `text` or `lines` document, decoded one at a time
 * when read, as `documentParts` reads a string (text's line breaks as `breaks`, else read).
 */
export function utf8Parts(text: Utf8Text, format: 'text' | 'lines', layout: Utf8Layout, breaks?: LineBreaks): DocumentParts {
  return {read: () => readParts(text.utf8, format, layout, breaks)}
}

function* readParts(bytes: Uint8Array, format: 'text' | 'lines', layout: Utf8Layout, given: LineBreaks | undefined) {
  // Buffer's decoding gives a string on V8's heap, which the parsers read faster than TextDecoder's.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let blocks = 0
  // Every part reads its line breaks as the document's start does, unless the caller says how.
  const breaks = format === 'text' ? (given ?? readLineBreaks(utf8Prefix({utf8: bytes}, lineBreaksSample))) : 'sentence'
  for (const part of layout.parts) {
    const value = buffer.toString('utf8', part.byteStart, part.byteEnd)
    const place = {opens: blocks === 0, closes: part.byteEnd === bytes.length}
    const raws = format === 'text' ? parseText(value, place, breaks) : parseLines(value)
    blocks += raws.length
    yield raws.map((raw) => shifted(raw, part.charStart))
  }
}

/** The first characters of `text` (at most `count`), for sniffing its format. */
export function utf8Prefix(text: Utf8Text, count: number): string {
  // A character takes at most 4 bytes; a cut inside one decodes as U+FFFD, which the slice drops.
  return new TextDecoder('utf-8', {ignoreBOM: true}).decode(text.utf8.subarray(0, count * 4)).slice(0, count)
}

/** Byte offset just after the last character that is not white space (as `String.prototype.trim` sees it), 0 when there is none. */
function nonBlankEnd(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', {ignoreBOM: true})
  for (let window = 4096; ; window *= 2) {
    let start = Math.max(0, bytes.length - window)
    while (start > 0 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start--
    const tail = decoder.decode(bytes.subarray(start))
    const trimmed = tail.trimEnd()
    if (trimmed !== '' || start === 0) return bytes.length - Buffer.byteLength(tail.slice(trimmed.length))
  }
}

function grown(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const larger = new Float64Array(array.length * 2)
  larger.set(array)
  return larger
}
