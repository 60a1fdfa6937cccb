import {primaryLang} from '../text/primary-lang.js'
import {InputError} from '../input-error.js'
import {buildDocument} from './build-document.js'
import {createLineIndex} from './line-index.js'
import type {ParseOptions} from './parse-document.js'
import type {RawBlock} from './raw-block.js'
import type {BitextDocument, DocumentFormat} from './types.js'

/** A format's parser: raw blocks, and the document language the source declares. */
export type FormatParser = (value: string) => {blocks: RawBlock[]; lang?: string}

/**
 * The part of parsing shared by every format once its parser is at hand:
 * runs `parser` on the decoded `text`, resolves the document language and
 * candidates from `options`, and builds the document model. A document
 * nested too deeply for the parsers' recursion (a list 1,000 levels deep,
 * 10,000 nested `div`s) is an `InputError('too-deep')`, not a stack overflow.
 */
export function parseWith(text: string, format: DocumentFormat, parser: FormatParser, options: ParseOptions): BitextDocument {
  try {
    return parseNested(text, format, parser, options)
  } catch (error) {
    throw tooDeepInstead(error, format)
  }
}

/** `error`, or an `InputError('too-deep')` instead when it is a stack overflow of parsing `format`. */
export function tooDeepInstead(error: unknown, format: DocumentFormat): unknown {
  if (!isStackOverflow(error)) return error
  return new InputError('too-deep', `parseDocument: the ${format} document nests too deeply to parse (the parser ran out of stack); flatten the nesting, or read it as plain text (--input-format text)`)
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes('Maximum call stack size exceeded')
}

function parseNested(text: string, format: DocumentFormat, parser: FormatParser, options: ParseOptions): BitextDocument {
  if (options.lang !== undefined && typeof options.lang !== 'string') {
    throw new TypeError(`parseDocument: expected \`lang\` to be a language tag such as 'tr' or 'en-GB', got ${typeof options.lang}`)
  }
  const parsed = parser(text)
  const lang = options.lang === undefined ? parsed.lang : primaryLang(options.lang.trim()) || 'und'
  const languages = [...(options.languages ?? ['tr', 'en']), ...(lang === undefined ? [] : [lang])]
  const detectBlocks = options.blockLanguages ?? format !== 'lines'
  return buildDocument(parsed.blocks, {format, lang, languages, detectBlocks, toPoint: createLineIndex(text)})
}

/** The error of a format that no parser handles. */
export function unknownFormat(format: string): TypeError {
  return new TypeError(`parseDocument: unknown format '${format}'; use text, markdown, html, lines or auto`)
}
