import {detectLanguage} from '../text/detect-language.js'
import type {LanguageGuess} from '../text/detect-language.js'
import {splitSentences} from '../text/split-sentences.js'
import {sourceOffset} from './collect-text.js'
import {isTranslatable} from './is-translatable.js'
import type {ToPoint} from './line-index.js'
import type {RawBlock, RawSentence} from './raw-block.js'
import type {Block, Sentence} from './types.js'

/** A block's language guess, and whether it has anything to translate. */
export type BlockGuess = LanguageGuess & {translatable: boolean}

/** A block's language when blocks are not detected one by one: declared, else the document's. */
export function takeLanguage(raw: RawBlock, document: LanguageGuess): BlockGuess {
  const translatable = isTranslatable(raw.kind, raw.text)
  if (raw.lang !== undefined) return {lang: raw.lang, confidence: 1, translatable}
  return translatable ? {...document, translatable} : {lang: 'und', confidence: 0, translatable}
}

/** A block's language: declared (HTML `lang`), `und` when there is nothing to translate, else detected. */
export function guessLanguage(raw: RawBlock, languages: readonly string[]): BlockGuess {
  const translatable = isTranslatable(raw.kind, raw.text)
  if (raw.lang !== undefined) return {lang: raw.lang, confidence: 1, translatable}
  if (!translatable) return {lang: 'und', confidence: 0, translatable}
  return {...detectLanguage(raw.text, {languages}), translatable}
}

/** Below this confidence, a block guessed in another language than its document's takes the document's. */
const weakConfidence = 0.6

function withPrior(guess: BlockGuess, documentLang: string): BlockGuess {
  const weak = guess.lang !== 'und' && guess.confidence < weakConfidence && documentLang !== 'und'
  return weak ? {...guess, lang: documentLang} : guess
}

/** Where a block goes in its document: its index, the index of its first sentence, and the document's language. */
export interface BlockPlace {
  index: number
  firstSentence: number
  documentLang: string
  toPoint: ToPoint
}

/** The block of the document model for a raw block and its language guess: sentences split, positions as points. */
export function buildBlock(raw: RawBlock, guessed: BlockGuess, place: BlockPlace): Block {
  const guess = withPrior(guessed, place.documentLang)
  const spans = raw.sentences ?? splitSentences(raw.text, guess.lang === 'und' ? place.documentLang : guess.lang)
  const sentences = spans.map((span, at) => toSentence(raw, span, place.index, place.firstSentence + at, place.toPoint))
  return {
    index: place.index,
    kind: raw.kind,
    ...(raw.depth === undefined ? {} : {depth: raw.depth}),
    text: raw.text,
    lang: guess.lang,
    langConfidence: guess.confidence,
    translatable: guess.translatable,
    position: {start: place.toPoint(raw.start), end: place.toPoint(raw.end)},
    sentences,
    // Copies of exactly their length: the readers grow these lists by `push`, which leaves room for 16 more.
    ...(raw.code && raw.code.length > 0 ? {code: raw.code.slice()} : {}),
    ...(raw.links && raw.links.length > 0 ? {links: raw.links.slice()} : {})
  }
}

function toSentence(raw: RawBlock, span: RawSentence, block: number, index: number, toPoint: ToPoint): Sentence {
  const line = toPoint(sourceOffset(raw.pieces, span.start)).line
  return {index, block, text: raw.text.slice(span.start, span.end), start: span.start, end: span.end, line}
}
