import {detectDocumentLanguage} from '../text/detect-document-language.js'
import {detectLanguage} from '../text/detect-language.js'
import type {LanguageGuess} from '../text/detect-language.js'
import {splitSentences} from '../text/split-sentences.js'
import {buildSections} from './build-sections.js'
import {sourceOffset} from './collect-text.js'
import {documentLanguage} from './document-language.js'
import {isTranslatable} from './is-translatable.js'
import type {ToPoint} from './line-index.js'
import type {RawBlock, RawSentence} from './raw-block.js'
import type {BitextDocument, Block, DocumentFormat, Sentence} from './types.js'

/** Resolved settings of `buildDocument`. */
export interface BuildSettings {
  format: DocumentFormat
  /** Document language; detected when `undefined` (from the whole text among all of franc's languages, then block by block). */
  lang: string | undefined
  languages: readonly string[]
  /** Guess each block's language (else blocks take the document's). */
  detectBlocks: boolean
  toPoint: ToPoint
}

/** Turns raw blocks into the document model: languages, sentences, positions, sections. */
export function buildDocument(raws: readonly RawBlock[], settings: BuildSettings): BitextDocument {
  const whole = settings.lang === undefined ? detectDocumentLanguage(translatableText(raws)) : {lang: settings.lang, confidence: 1}
  const languages = whole.lang === 'und' || settings.languages.includes(whole.lang) ? settings.languages : [...settings.languages, whole.lang]
  const guesses = raws.map((raw) => (settings.detectBlocks ? guessLanguage(raw, languages) : takeLanguage(raw, whole)))
  const detected = settings.detectBlocks ? documentLanguage(raws.map((raw, index) => ({text: raw.text, lang: guesses[index]?.lang ?? 'und'}))) : whole
  const document = settings.lang === undefined ? detected : {lang: settings.lang, confidence: 1}
  let sentenceIndex = 0
  const blocks = raws.map((raw, index): Block => {
    const guess = withPrior(guesses[index] ?? {lang: 'und', confidence: 0, translatable: false}, document.lang)
    const spans = raw.sentences ?? splitSentences(raw.text, guess.lang === 'und' ? document.lang : guess.lang)
    const sentences = spans.map((span) => toSentence(raw, span, index, sentenceIndex++, settings.toPoint))
    return {
      index,
      kind: raw.kind,
      ...(raw.depth === undefined ? {} : {depth: raw.depth}),
      text: raw.text,
      lang: guess.lang,
      langConfidence: guess.confidence,
      translatable: guess.translatable,
      position: {start: settings.toPoint(raw.start), end: settings.toPoint(raw.end)},
      sentences,
      ...(raw.code && raw.code.length > 0 ? {code: raw.code} : {}),
      ...(raw.links && raw.links.length > 0 ? {links: raw.links} : {})
    }
  })
  return {
    lang: document.lang,
    langConfidence: document.confidence,
    format: settings.format,
    blocks,
    sections: buildSections(blocks)
  }
}

/**
 * The text whose language is the document's, detected once among all of franc's languages: a
 * Romanian document's blocks are then guessed among the pair and `ro`, not the nearest of `tr` and `en`.
 */
function translatableText(raws: readonly RawBlock[]): string {
  return raws.filter((raw) => isTranslatable(raw.kind, raw.text)).map((raw) => raw.text).join('\n')
}

/** A block's language when blocks are not detected one by one: declared, else the document's. */
function takeLanguage(raw: RawBlock, document: LanguageGuess): LanguageGuess & {translatable: boolean} {
  const translatable = isTranslatable(raw.kind, raw.text)
  if (raw.lang !== undefined) return {lang: raw.lang, confidence: 1, translatable}
  return translatable ? {...document, translatable} : {lang: 'und', confidence: 0, translatable}
}

/** A block's language: declared (HTML `lang`), `und` when there is nothing to translate, else detected. */
function guessLanguage(raw: RawBlock, languages: readonly string[]): LanguageGuess & {translatable: boolean} {
  const translatable = isTranslatable(raw.kind, raw.text)
  if (raw.lang !== undefined) return {lang: raw.lang, confidence: 1, translatable}
  if (!translatable) return {lang: 'und', confidence: 0, translatable}
  return {...detectLanguage(raw.text, {languages}), translatable}
}

/** Below this confidence, a block guessed in another language than its document's takes the document's. */
const weakConfidence = 0.6

function withPrior<Guess extends LanguageGuess>(guess: Guess, documentLang: string): Guess {
  const weak = guess.lang !== 'und' && guess.confidence < weakConfidence && documentLang !== 'und'
  return weak ? {...guess, lang: documentLang} : guess
}

function toSentence(raw: RawBlock, span: RawSentence, block: number, index: number, toPoint: ToPoint): Sentence {
  const line = toPoint(sourceOffset(raw.pieces, span.start)).line
  return {index, block, text: raw.text.slice(span.start, span.end), start: span.start, end: span.end, line}
}
