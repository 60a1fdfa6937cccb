import {detectFormat} from './detect-format.js'
import type {ParseOptions} from './parse-document.js'
import {parseLines} from './parse-lines.js'
import {textParser} from './parse-text.js'
import {parseWith, unknownFormat} from './parse-with.js'
import type {FormatParser} from './parse-with.js'
import type {BitextDocument, DocumentFormat} from './types.js'

/**
 * `parseDocument` for decoded text, loading the Markdown (unified, remark)
 * and HTML (rehype) parsers only when the document needs them: the CLI reads
 * plain text without loading either. Same options and result as `parseDocument`.
 *
 * @example
 *   (await parseDocumentLazily('# Başlık\n\nBir paragraf.', {format: 'markdown'})).blocks.length // => 2
 */
export async function parseDocumentLazily(text: string, options: ParseOptions = {}): Promise<BitextDocument> {
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(text) : options.format
  return parseWith(text, format, await loadParser(format, options), options)
}

async function loadParser(format: DocumentFormat, options: ParseOptions): Promise<FormatParser> {
  switch (format) {
    case 'text':
      return textParser(options.lineBreaks)
    case 'lines':
      return (value) => ({blocks: parseLines(value)})
    case 'markdown': {
      const {parseMarkdown} = await import('./parse-markdown.js')
      return (value) => ({blocks: parseMarkdown(value)})
    }
    case 'html':
      return (await import('./parse-html.js')).parseHtml
    default:
      throw unknownFormat(format)
  }
}
