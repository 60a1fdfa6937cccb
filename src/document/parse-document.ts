import {decodeText} from './decode-text.js'
import {buildDocument} from './build-document.js'
import {detectFormat} from './detect-format.js'
import {createLineIndex} from './line-index.js'
import {parseHtml} from './parse-html.js'
import {parseLines} from './parse-lines.js'
import {parseMarkdown} from './parse-markdown.js'
import {parseText} from './parse-text.js'
import type {RawBlock} from './raw-block.js'
import type {BitextDocument, DocumentFormat} from './types.js'

/** Options of `parseDocument`. */
export interface ParseOptions {
  /** Input format. Default `'auto'`: chosen from the content (HTML, Markdown, else plain text). */
  format?: DocumentFormat | 'auto'
  /** Language of the document (BCP 47; `tr-TR` counts as `tr`). Default: the HTML `<html lang>`, else detected. */
  lang?: string
  /** Candidate languages for detection. Default `['tr', 'en']`; `lang`, when given, is added. */
  languages?: readonly string[]
  /** Encoding of a `Uint8Array` value. Default: detected (see `decodeText`). */
  encoding?: string
}

/** Each format's parser: raw blocks, and the document language the source declares. */
const parsers: Record<DocumentFormat, (value: string) => {blocks: RawBlock[]; lang?: string}> = {
  text: (value) => ({blocks: parseText(value)}),
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
  const text =
    typeof value === 'string'
      ? value
      : decodeText(value, options.encoding === undefined ? {} : {encoding: options.encoding}).text
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(text) : options.format
  const parser = Object.hasOwn(parsers, format) ? parsers[format] : undefined
  if (!parser) throw new TypeError(`parseDocument: unknown format '${format}'; use text, markdown, html, lines or auto`)
  const parsed = parser(text)
  const lang = options.lang === undefined ? parsed.lang : primarySubtag(options.lang)
  const languages = [...(options.languages ?? ['tr', 'en']), ...(lang === undefined ? [] : [lang])]
  return buildDocument(parsed.blocks, {format, lang, languages, toPoint: createLineIndex(text)})
}

/** `tr-TR` → `tr`: block languages are primary subtags, so the document's is too. */
function primarySubtag(lang: string): string {
  return (lang.trim().split(/[-_]/u)[0] ?? '').toLowerCase() || 'und'
}
