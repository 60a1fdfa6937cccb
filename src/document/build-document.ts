import {detectDocumentLanguage} from '../text/detect-document-language.js'
import {buildBlock, guessLanguage, takeLanguage} from './build-block.js'
import {buildSections} from './build-sections.js'
import {documentLanguage} from './document-language.js'
import {isTranslatable} from './is-translatable.js'
import type {ToPoint} from './line-index.js'
import type {RawBlock} from './raw-block.js'
import type {BitextDocument, Block, DocumentFormat} from './types.js'

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
  const languages = candidateLanguages(settings.languages, whole.lang)
  const guesses = raws.map((raw) => (settings.detectBlocks ? guessLanguage(raw, languages) : takeLanguage(raw, whole)))
  const detected = settings.detectBlocks ? documentLanguage(raws.map((raw, index) => ({text: raw.text, lang: guesses[index]?.lang ?? 'und'}))) : whole
  const document = settings.lang === undefined ? detected : {lang: settings.lang, confidence: 1}
  let firstSentence = 0
  const blocks = raws.map((raw, index): Block => {
    const guess = guesses[index] ?? {lang: 'und', confidence: 0, translatable: false}
    const block = buildBlock(raw, guess, {index, firstSentence, documentLang: document.lang, toPoint: settings.toPoint})
    firstSentence += block.sentences.length
    return block
  })
  return {
    lang: document.lang,
    langConfidence: document.confidence,
    format: settings.format,
    blocks,
    sections: buildSections(blocks)
  }
}

/** The candidate languages of block detection: the given ones, and the document's when it is not among them. */
export function candidateLanguages(languages: readonly string[], documentLang: string): readonly string[] {
  return documentLang === 'und' || languages.includes(documentLang) ? languages : [...languages, documentLang]
}

/**
 * The text whose language is the document's, detected once among all of franc's languages: a
 * Romanian document's blocks are then guessed among the pair and `ro`, not the nearest of `tr` and `en`.
 */
function translatableText(raws: readonly RawBlock[]): string {
  return raws.filter((raw) => isTranslatable(raw.kind, raw.text)).map((raw) => raw.text).join('\n')
}
