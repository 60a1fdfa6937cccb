import {decodeText} from './decode-text.js'
import {detectFormat} from './detect-format.js'
import {parseHtml} from './parse-html.js'
import {parseLines} from './parse-lines.js'
import {parseMarkdown} from './parse-markdown.js'
import {textParser} from './parse-text.js'
import type {LineBreaks} from './line-breaks.js'
import {parseWith, unknownFormat} from './parse-with.js'
import type {FormatParser} from './parse-with.js'
import type {BitextDocument, DocumentFormat} from './types.js'

/** Options of `parseDocument`. */
export interface ParseOptions {
  /** Input format. Default `'auto'`: chosen from the content (HTML, Markdown, else plain text). */
  format?: DocumentFormat | 'auto'
  /** Language of the document (BCP 47; `tr-TR` counts as `tr`). Default: the HTML `<html lang>`, else detected. */
  lang?: string
  /** Candidate languages for detection. Default `['tr', 'en']`; `lang`, when given, is added. */
  languages?: readonly string[]
  /**
   * Guess each block's language among `languages` and the document's (for the `wrong-language`
   * and `untranslated` rules); when false, every block takes the document's language, detected
   * once from the whole text. Default: `true`, except for `lines` (pre-segmented aligner input).
   */
  blockLanguages?: boolean
  /** Encoding of a `Uint8Array` value. Default: detected (see `decodeText`). */
  encoding?: string
  /**
   * What a line break inside a plain-text paragraph stands for (`text` only): `'wrap'` (the lines
   * are joined), `'sentence'` (one sentence a line) or `'paragraph'` (one paragraph a line).
   * Default: read from the text (`readLineBreaks`); `readDocumentPair` reads the two files of a
   * pair alike.
   */
  lineBreaks?: LineBreaks
}

/** Each format's parser but plain text's (`textParser`, which takes `lineBreaks`). `readDocument` loads the Markdown and HTML ones only when needed (`parseDocumentLazily`). */
const parsers: Record<Exclude<DocumentFormat, 'text'>, FormatParser> = {
  lines: (value) => ({blocks: parseLines(value)}),
  markdown: (value) => ({blocks: parseMarkdown(value)}),
  html: parseHtml
}

/**
 * Parses a document into blocks, sentences and sections, with the language
 * of each block and of the whole. Positions are offsets (UTF-16 code units)
 * into `value` — or, for bytes, into the decoded text.
 *
 * @example
 *   parseDocument('Başlık\n\nBir paragraf. İki cümle.', {format: 'text'}).blocks.length // => 2
 */
export function parseDocument(value: string | Uint8Array, options: ParseOptions = {}): BitextDocument {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw new TypeError(`parseDocument: expected the document as a string or a Uint8Array, got ${value === null ? 'null' : typeof value}`)
  }
  const text =
    typeof value === 'string'
      ? value
      : decodeText(value, options.encoding === undefined ? {} : {encoding: options.encoding}).text
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(text) : options.format
  const parser = format === 'text' ? textParser(options.lineBreaks) : Object.hasOwn(parsers, format) ? parsers[format as keyof typeof parsers] : undefined
  if (!parser) throw unknownFormat(format)
  return parseWith(text, format, parser, options)
}
