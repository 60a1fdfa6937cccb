import {isUtf8} from 'node:buffer'
import {readFile, stat} from 'node:fs/promises'
import {InputError} from '../input-error.js'
import {decodeText} from './decode-text.js'
import {formatFromPath} from './format-from-path.js'
import {looksBinary} from './looks-binary.js'
import {parseDocumentLazily} from './parse-lazily.js'
import type {ParseOptions} from './parse-document.js'
import type {DocumentStream} from './stream-document.js'
import type {BitextDocument, DocumentFormat} from './types.js'
import type {Utf8Text} from './utf8-parts.js'

/**
 * Reads and parses a document file: how every CLI command loads a file (a
 * pair through `readDocumentPair`, which reads each file so). The format defaults to the extension's (`.md`/`.markdown`/`.mdx`
 * Markdown, `.html`/`.htm` HTML, `.lines`/`.tok` lines, else sniffed from the
 * content); the encoding is detected unless `options.encoding` is given.
 * A missing file, a directory, binary data or an undecodable file throws an
 * `InputError` whose one-line message starts with the path.
 *
 * @example
 *   const document = await readDocument('fixtures/iskur-international-relations/tr.txt')
 *   document.blocks.length // => 21
 */
export async function readDocument(path: string, options: ParseOptions = {}): Promise<BitextDocument> {
  const {text, format} = await readDocumentText(path, options)
  const {lang, langConfidence, blocks, sections, format: parsed} = await parseDocumentLazily(text, {...options, format})
  return {lang, langConfidence, format: parsed, path, blocks, sections}
}

/**
 * `readDocument` for a file too large to hold as a model: its blocks are built when read
 * (`streamDocument`), a UTF-8 text or `lines` file decoded one part at a time. Same options,
 * errors and format rules as `readDocument`.
 *
 * @example
 *   const stream = await readDocumentStream('corpus/tr.md')
 *   for (const block of stream.blocks) count++
 */
export async function readDocumentStream(path: string, options: ParseOptions = {}): Promise<DocumentStream & {path: string}> {
  const {text, format} = await readDocumentSource(path, options)
  // Loaded here: commands that read small files whole do not pay for the stream reader.
  const {streamDocument} = await import('./stream-document.js')
  return {...(await streamDocument(text, {...options, format})), path}
}

/** The first half of `readDocument`: the file's decoded text, and its format from `options` or the extension (`auto` to sniff). */
export async function readDocumentText(path: string, options: ParseOptions = {}): Promise<{text: string; format: DocumentFormat | 'auto'}> {
  const bytes = await readBytes(path)
  try {
    const {text} = decodeText(bytes, options.encoding === undefined ? {} : {encoding: options.encoding})
    return {text, format: options.format === undefined || options.format === 'auto' ? formatFromPath(path) : options.format}
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.code, `${path}: ${error.message}`)
    throw error
  }
}

/**
 * `readDocumentText` for `streamDocument`: a file in valid UTF-8 (the
 * detected encoding, or `utf-8` given) is kept as its bytes, without a
 * byte-order mark, for the stream to decode in parts; any other is decoded
 * as `readDocumentText` decodes it.
 */
export async function readDocumentSource(path: string, options: ParseOptions = {}): Promise<{text: string | Utf8Text; format: DocumentFormat | 'auto'}> {
  const bytes = await readBytes(path)
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  if (isUtf8Label(options.encoding) && !looksBinary(bytes) && isUtf8(body)) {
    return {text: {utf8: body}, format: options.format === undefined || options.format === 'auto' ? formatFromPath(path) : options.format}
  }
  return readDocumentText(path, options)
}

/** No encoding given, or one that names UTF-8. */
function isUtf8Label(label: string | undefined): boolean {
  if (label === undefined) return true
  try {
    return new TextDecoder(label).encoding === 'utf-8'
  } catch {
    return false
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    if ((await stat(path)).isDirectory()) {
      throw new InputError('is-directory', `${path}: is a directory, not a file; give the path of a file`)
    }
    return await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError('not-found', `${path}: no such file; check the path`)
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('unreadable', `${path}: permission denied`)
    throw new InputError('unreadable', `${path}: cannot be read (${code ?? String(error)})`)
  }
}
