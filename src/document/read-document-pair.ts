import {detectFormat} from './detect-format.js'
import type {LineBreaks} from './line-breaks.js'
import {readLineBreaks} from './line-breaks.js'
import type {ParseOptions} from './parse-document.js'
import {parseDocumentLazily} from './parse-lazily.js'
import {readDocumentText} from './read-document.js'
import type {BitextDocument} from './types.js'

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
export async function readDocumentPair(sourcePath: string, targetPath: string, options: {source?: ParseOptions; target?: ParseOptions} = {}): Promise<[BitextDocument, BitextDocument]> {
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
export async function parseDocumentPair(sourceText: string, targetText: string, options: {source?: ParseOptions; target?: ParseOptions} = {}): Promise<[BitextDocument, BitextDocument]> {
  const sides = [options.source ?? {}, options.target ?? {}] as const
  const texts = [sourceText, targetText] as const
  const formats = sides.map((side, index) => (side.format === undefined || side.format === 'auto' ? detectFormat(texts[index] ?? '') : side.format))
  const given = sides.some((side) => side.lineBreaks !== undefined)
  const breaks = !given && formats.every((format) => format === 'text') ? alike(readLineBreaks(sourceText), readLineBreaks(targetText)) : undefined
  const parse = (index: 0 | 1) => parseDocumentLazily(texts[index], {...sides[index], format: formats[index] ?? 'auto', ...(breaks === undefined ? {} : {lineBreaks: breaks})})
  return Promise.all([parse(0), parse(1)])
}

/** One sentence a line for both when one side reads so and the other one paragraph a line; else each as it reads. */
function alike(source: LineBreaks, target: LineBreaks): LineBreaks | undefined {
  const pair = [source, target].sort().join(' ')
  return pair === 'paragraph sentence' ? 'sentence' : undefined
}
