import {deflateRawSync, inflateRawSync} from 'node:zlib'
import {parseLines} from './parse-lines.js'
import {parseText} from './parse-text.js'
import {readLineBreaks} from './line-breaks.js'
import type {LineBreaks} from './line-breaks.js'
import type {RawBlock} from './raw-block.js'
import {shifted} from './raw-block.js'
import {unknownFormat} from './parse-with.js'
import type {DocumentFormat} from './types.js'
import {createLineIndex} from './line-index.js'
import type {ToPoint} from './line-index.js'

/** A source read in parts: each call reads it again, one part's raw blocks at a time (offsets in the whole source). */
export interface DocumentParts {
  read: () => Iterable<RawBlock[]>
  /** The document language the source declares (HTML `<html lang>`). */
  lang?: string
}

/** Characters of a text, `lines` or Markdown source read at once. */
const defaultPartSize = 256 * 1024

/**
 * Markdown is parsed once and its raw blocks kept for every pass (remark is
 * slow: parsing it again for each pass would take three to four times as
 * long): as objects up to this many characters, as JSON after (`packedParts`).
 */
const keptMarkdown = 4 * 1024 * 1024

/**
 * The parts of `text` in `format`: text and `lines` cut after an empty line
 * (where they parse the same apart; parsed again in each pass; text's line
 * breaks read as `breaks`, else from the text), Markdown in
 * `markdownChunks` (kept: see `keptMarkdown`), HTML whole. The Markdown and HTML
 * parsers are loaded only when needed.
 */
export async function documentParts(text: string, format: DocumentFormat, size = defaultPartSize, breaks?: LineBreaks): Promise<DocumentParts> {
  switch (format) {
    case 'text':
      return {read: () => textParts(text, size, breaks)}
    case 'lines':
      return {read: () => lineParts(text, size)}
    case 'markdown': {
      const {markdownParts} = await import('./parse-markdown.js')
      return keptParts(markdownParts(text, {chunkSize: size}), text.length <= keptMarkdown)
    }
    case 'html': {
      const parsed = (await import('./parse-html.js')).parseHtml(text)
      return {read: () => [parsed.blocks], ...(parsed.lang === undefined ? {} : {lang: parsed.lang})}
    }
    default:
      throw unknownFormat(format)
  }
}

/**
 * `documentParts` of Markdown given as UTF-8 bytes, with its line index: the text is decoded
 * here and handed to `markdownParts` alone, which lets it go once its MDX is blanked, so that 50 MB
 * of Markdown is held once while it is parsed, not twice (the decoded text and the blanked one).
 * Raw blocks are kept as objects up to `asObjects` characters, deflated beyond (`keptMarkdown`).
 */
export async function markdownBytesParts(bytes: Uint8Array, size = defaultPartSize, asObjects = keptMarkdown): Promise<{parts: DocumentParts; toPoint: ToPoint}> {
  const {markdownParts} = await import('./parse-markdown.js')
  let value: string | undefined = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes)
  const toPoint = createLineIndex(value)
  const asObjectsHere = value.length <= asObjects
  const raws = markdownParts(value, {chunkSize: size})
  // Not useless: this frame stays alive while the parts are read below; measured at 10 MB, 59 → 39 MB of heap.
  // eslint-disable-next-line no-useless-assignment
  value = undefined
  return {parts: keptParts(raws, asObjectsHere), toPoint}
}

/** Raw blocks kept for every pass: as objects, or deflated (`packedParts`). */
function keptParts(raws: Iterable<RawBlock[]>, asObjects: boolean): DocumentParts {
  if (!asObjects) return packedParts(raws)
  const parts = [...raws]
  return {read: () => parts}
}

/**
 * Parts kept as deflated UTF-8 JSON, one buffer a part, and read back for each pass: 10 MB of
 * Markdown keeps 5.5-5.9 MB (18 MB of JSON; its raw blocks as objects are 95 MB of heap), deflated
 * once in 0.25 s, inflated and parsed in 0.17 s a pass, where remark takes 9-11 s.
 */
function packedParts(parts: Iterable<RawBlock[]>): DocumentParts {
  const packed: Buffer[] = []
  for (const raws of parts) packed.push(deflateRawSync(JSON.stringify(raws), {level: 1}))
  return {
    *read() {
      for (const part of packed) yield JSON.parse(inflateRawSync(part).toString('utf8')) as RawBlock[]
    }
  }
}

function* textParts(text: string, size: number, given: LineBreaks | undefined): Generator<RawBlock[]> {
  let blocks = 0
  // Every part reads its line breaks as the document's start does, unless the caller says how.
  const breaks = given ?? readLineBreaks(text)
  for (const part of paragraphParts(text, size)) {
    const place = {opens: blocks === 0, closes: part.end === text.length}
    const raws = parseText(text.slice(part.start, part.end), place, breaks).map((raw) => shifted(raw, part.start))
    blocks += raws.length
    yield raws
  }
}

function* lineParts(text: string, size: number): Generator<RawBlock[]> {
  for (const part of paragraphParts(text, size)) yield parseLines(text.slice(part.start, part.end)).map((raw) => shifted(raw, part.start))
}

/** Two line endings in a row: an empty line, after which a text parses the same apart as together. */
const emptyLine = /(?:\r\n|\n|\r(?!\n))(?:\r\n|\n|\r(?!\n))/gu

/**
 * Cuts `text` into stretches of about `size` characters, each but the first
 * starting after an empty line and each but the last followed by some
 * non-blank text; a stretch without an empty line stays whole.
 */
export function paragraphParts(text: string, size: number): Array<{start: number; end: number}> {
  const parts: Array<{start: number; end: number}> = []
  let start = 0
  while (text.length - start > size) {
    emptyLine.lastIndex = start + size
    const match = emptyLine.exec(text)
    const cut = match ? match.index + match[0].length : text.length
    if (cut >= text.length || text.slice(cut).trim() === '') break
    parts.push({start, end: cut})
    start = cut
  }
  parts.push({start, end: text.length})
  return parts
}
