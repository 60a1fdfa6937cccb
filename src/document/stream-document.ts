import type {LineBreaks} from './line-breaks.js'
import {primaryLang} from '../text/primary-lang.js'
import {detectSampleLanguage} from '../text/detect-document-language.js'
import type {LanguageGuess} from '../text/detect-language.js'
import {buildBlock, guessLanguage, takeLanguage} from './build-block.js'
import type {BlockGuess} from './build-block.js'
import {candidateLanguages} from './build-document.js'
import {detectFormat, formatSample} from './detect-format.js'
import {bestLanguage, tallyLanguage} from './document-language.js'
import {documentParts, markdownBytesParts} from './document-parts.js'
import type {DocumentParts} from './document-parts.js'
import {isTranslatable} from './is-translatable.js'
import {createLineIndex} from './line-index.js'
import type {ToPoint} from './line-index.js'
import type {ParseOptions} from './parse-document.js'
import {sampleTexts} from './sample-texts.js'
import {tooDeepInstead} from './parse-with.js'
import type {Block, DocumentFormat, Section} from './types.js'
import {utf8Layout, utf8Parts, utf8Prefix} from './utf8-parts.js'
import type {Utf8Text} from './utf8-parts.js'

/** A document whose blocks are built when read, part by part; otherwise the `BitextDocument`. */
export interface DocumentStream {
  lang: string
  langConfidence: number
  format: DocumentFormat
  /** Number of blocks. */
  size: number
  /** The blocks in reading order, the same as `parseDocument`'s; each iteration parses the source again. */
  blocks: Iterable<Block>
  sections: Section[]
}

/**
 * `parseDocument` for sources too large to hold as a model: reads decoded
 * `text` in parts (about `partSize` characters; see `documentParts`) in
 * passes, keeping per block only its language guess: the document's
 * language (from a sample of its text, then from the blocks' guesses), then
 * the blocks, built again from their part when iterated. The language
 * options and the result's values are those of `parseDocument`.
 *
 * A text or `lines` document given as UTF-8 bytes (`{utf8}`) is decoded one
 * part at a time (parts of about `partSize` bytes), never whole; Markdown and
 * HTML bytes are decoded whole.
 */
export async function streamDocument(text: string | Utf8Text, options: ParseOptions & {partSize?: number} = {}): Promise<DocumentStream> {
  const format = options.format === undefined || options.format === 'auto' ? detectFormat(typeof text === 'string' ? text : utf8Prefix(text, formatSample)) : options.format
  try {
    return await streamFormat(text, format, options)
  } catch (error) {
    throw tooDeepInstead(error, format)
  }
}

/** The parts of `text` and its line index: read from the bytes for UTF-8 text and `lines`, else from the decoded string. */
async function partsOf(text: string | Utf8Text, format: DocumentFormat, partSize: number | undefined, breaks: LineBreaks | undefined): Promise<{parts: DocumentParts; toPoint: ToPoint}> {
  if (typeof text !== 'string' && (format === 'text' || format === 'lines')) {
    const layout = utf8Layout(text, partSize ?? defaultUtf8PartSize)
    return {parts: utf8Parts(text, format, layout, breaks), toPoint: layout.toPoint}
  }
  if (typeof text !== 'string' && format === 'markdown') return markdownBytesParts(text.utf8, partSize)
  const value = typeof text === 'string' ? text : new TextDecoder('utf-8', {ignoreBOM: true}).decode(text.utf8)
  return {parts: await documentParts(value, format, partSize, breaks), toPoint: createLineIndex(value)}
}

/** Bytes of UTF-8 text or `lines` decoded at once. */
const defaultUtf8PartSize = 256 * 1024

async function streamFormat(text: string | Utf8Text, format: DocumentFormat, options: ParseOptions & {partSize?: number}): Promise<DocumentStream> {
  const {parts, toPoint} = await partsOf(text, format, options.partSize, options.lineBreaks)
  const declared = options.lang === undefined ? parts.lang : primaryLang(options.lang.trim()) || 'und'
  const settings = {lang: declared, languages: [...(options.languages ?? ['tr', 'en']), ...(declared === undefined ? [] : [declared])], detectBlocks: options.blockLanguages ?? format !== 'lines'}
  const whole = declared === undefined ? wholeLanguage(parts) : {lang: declared, confidence: 1}
  const guesses = guessBlocks(parts, settings.detectBlocks ? {languages: candidateLanguages(settings.languages, whole.lang)} : {whole})
  const detected = settings.detectBlocks ? bestLanguage(guesses.lengths) : whole
  const document = declared === undefined ? detected : {lang: declared, confidence: 1}
  return {
    lang: document.lang,
    langConfidence: document.confidence,
    format,
    size: guesses.count,
    blocks: {[Symbol.iterator]: () => buildBlocks(parts, guesses, document.lang, toPoint)},
    sections: sectionsOf(guesses.headings, guesses.count)
  }
}

/** The language of the text of the translatable blocks, read twice: once for its length, once for its sample. */
function wholeLanguage(parts: DocumentParts): LanguageGuess {
  let total = -1
  for (const text of translatableTexts(parts)) total += text.length + 1
  return detectSampleLanguage(sampleTexts(translatableTexts(parts), Math.max(0, total)))
}

function* translatableTexts(parts: DocumentParts): Generator<string> {
  for (const raws of parts.read()) for (const raw of raws) if (isTranslatable(raw.kind, raw.text)) yield raw.text
}

/** What is kept of each block between the passes. */
interface Guesses {
  count: number
  langs: string[]
  /** Per block: index in `langs`, times two, plus one when translatable. */
  codes: number[]
  confidences: number[]
  headings: number[]
  /** Characters of text per guessed language (`tallyLanguage`). */
  lengths: Map<string, number>
}

function guessBlocks(parts: DocumentParts, how: {languages: readonly string[]} | {whole: LanguageGuess}): Guesses {
  const guesses: Guesses = {count: 0, langs: [], codes: [], confidences: [], headings: [], lengths: new Map()}
  for (const raws of parts.read()) {
    for (const raw of raws) {
      const guess = 'whole' in how ? takeLanguage(raw, how.whole) : guessLanguage(raw, how.languages)
      let lang = guesses.langs.indexOf(guess.lang)
      if (lang === -1) lang = guesses.langs.push(guess.lang) - 1
      guesses.codes.push(lang * 2 + (guess.translatable ? 1 : 0))
      guesses.confidences.push(guess.confidence)
      tallyLanguage(guesses.lengths, guess.lang, raw.text.length)
      if (raw.kind === 'heading') guesses.headings.push(guesses.count)
      guesses.count++
    }
  }
  return guesses
}

function guessOf(guesses: Guesses, index: number): BlockGuess {
  const code = guesses.codes[index] ?? 0
  return {lang: guesses.langs[code >> 1] ?? 'und', confidence: guesses.confidences[index] ?? 0, translatable: (code & 1) === 1}
}

function* buildBlocks(parts: DocumentParts, guesses: Guesses, documentLang: string, toPoint: ToPoint): Generator<Block> {
  let index = 0
  let firstSentence = 0
  for (const raws of parts.read()) {
    for (const raw of raws) {
      const block = buildBlock(raw, guessOf(guesses, index), {index, firstSentence, documentLang, toPoint})
      index++
      firstSentence += block.sentences.length
      yield block
    }
  }
}

/** `buildSections` from the heading indices alone: each heading opens a section; blocks before the first form one with `heading: null`. */
function sectionsOf(headings: readonly number[], count: number): Section[] {
  const opening = headings[0] === 0 || count === 0 ? [] : [0]
  const starts = [...opening, ...headings]
  return starts.map((start, at) => ({
    heading: at < opening.length ? null : start,
    blocks: Array.from({length: (starts[at + 1] ?? count) - start}, (_, offset) => start + offset)
  }))
}
