import {detectFormat, formatSample} from './detect-format.js'
import type {LineBreaks} from './line-breaks.js'
import {lineBreaksSample, readLineBreaks} from './line-breaks.js'
import type {ParseOptions} from './parse-document.js'
import {parseDocumentLazily} from './parse-lazily.js'
import {readDocumentSource, readDocumentText} from './read-document.js'
import type {DocumentStream} from './stream-document.js'
import type {BitextDocument, DocumentFormat} from './types.js'
import type {Utf8Text} from './utf8-parts.js'
import {utf8Prefix} from './utf8-parts.js'

/** Options of `readDocumentPair`, `parseDocumentPair` and `readDocumentStreamPair`: each side's `ParseOptions`. */
export interface DocumentPairOptions {
  source?: ParseOptions
  target?: ParseOptions
}

/**
 * Reads the two files of a pair as `readDocument` reads each (with its own options), plain text
 * read alike: when one reads as one sentence a line and the other as one paragraph a line — a
 * translation that writes some of the source's lines as two sentences, as Japanese and Turkish
 * translators often do — both are read one sentence a line, each line a unit, so that line
 * answers line (read apart, one side was one block and the other one block a line, which the block
 * level could not pair). Options that set `lineBreaks` are kept.
 *
 * @example
 *   const [source, target] = await readDocumentPair('en.txt', 'ja.txt')
 */
export async function readDocumentPair(sourcePath: string, targetPath: string, options: DocumentPairOptions = {}): Promise<[BitextDocument, BitextDocument]> {
  const [source, target] = await Promise.all([readDocumentText(sourcePath, options.source ?? {}), readDocumentText(targetPath, options.target ?? {})])
  const [sourceDocument, targetDocument] = await parseDocumentPair(source.text, target.text, {source: {...options.source, format: source.format}, target: {...options.target, format: target.format}})
  return [{...sourceDocument, path: sourcePath}, {...targetDocument, path: targetPath}]
}

/**
 * `parseDocumentLazily` of the two texts of a pair, plain text read alike (see `readDocumentPair`).
 *
 * @example
 *   const [source, target] = await parseDocumentPair(english, japanese, {source: {lang: 'en'}, target: {lang: 'ja'}})
 */
export async function parseDocumentPair(sourceText: string, targetText: string, options: DocumentPairOptions = {}): Promise<[BitextDocument, BitextDocument]> {
  const sides = [options.source ?? {}, options.target ?? {}] as const
  const texts = [sourceText, targetText] as const
  const formats = [formatOf(sides[0], sourceText), formatOf(sides[1], targetText)] as const
  const breaks = pairLineBreaks(sides, formats, texts)
  const parse = (index: 0 | 1) => parseDocumentLazily(texts[index], {...sides[index], format: formats[index], ...breaks[index]})
  return Promise.all([parse(0), parse(1)])
}

/**
 * `readDocumentStream` of the two files of a pair (a pair too large to hold as models, aligned
 * window by window), plain text read alike as `readDocumentPair` reads it.
 *
 * @example
 *   const [source, target] = await readDocumentStreamPair('en.txt', 'ja.txt')
 */
export async function readDocumentStreamPair(sourcePath: string, targetPath: string, options: DocumentPairOptions = {}): Promise<[DocumentStream & {path: string}, DocumentStream & {path: string}]> {
  const sides = [options.source ?? {}, options.target ?? {}] as const
  const [source, target] = await Promise.all([readDocumentSource(sourcePath, sides[0]), readDocumentSource(targetPath, sides[1])])
  const texts = [start(source.text, Math.max(formatSample, lineBreaksSample)), start(target.text, Math.max(formatSample, lineBreaksSample))] as const
  const formats = [formatOf({format: source.format}, texts[0]), formatOf({format: target.format}, texts[1])] as const
  const breaks = pairLineBreaks(sides, formats, texts)
  // Loaded here: commands that read small files whole do not pay for the stream reader.
  const {streamDocument} = await import('./stream-document.js')
  const stream = async (text: string | Utf8Text, index: 0 | 1, path: string) => ({...(await streamDocument(text, {...sides[index], format: formats[index], ...breaks[index]})), path})
  return Promise.all([stream(source.text, 0, sourcePath), stream(target.text, 1, targetPath)])
}

/** The first `count` characters of a text held as a string or as UTF-8 bytes. */
function start(text: string | Utf8Text, count: number): string {
  return typeof text === 'string' ? text.slice(0, count) : utf8Prefix(text, count)
}

/** A side's format: as given, else detected from its text. */
function formatOf(side: ParseOptions, text: string): DocumentFormat {
  return side.format === undefined || side.format === 'auto' ? detectFormat(text) : side.format
}

/**
 * `{lineBreaks}` of each side when both are plain text and neither says how: one sentence a line for
 * both when they read differently (`alike`), else each side's own reading, passed on so that the
 * parser does not read it again.
 */
function pairLineBreaks(sides: readonly [ParseOptions, ParseOptions], formats: readonly [DocumentFormat, DocumentFormat], texts: readonly [string, string]): [{lineBreaks?: LineBreaks}, {lineBreaks?: LineBreaks}] {
  if (sides.some((side) => side.lineBreaks !== undefined) || !formats.every((format) => format === 'text')) return [{}, {}]
  const readings = [readLineBreaks(texts[0]), readLineBreaks(texts[1])] as const
  const shared = alike(...readings)
  return [{lineBreaks: shared ?? readings[0]}, {lineBreaks: shared ?? readings[1]}]
}

/** One sentence a line for both when one side reads so and the other one paragraph a line; else each as it reads. */
function alike(source: LineBreaks, target: LineBreaks): LineBreaks | undefined {
  const pair = [source, target].sort().join(' ')
  return pair === 'paragraph sentence' ? 'sentence' : undefined
}
