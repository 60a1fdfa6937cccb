import {describe, expect, it} from 'vitest'
import * as bitext from '../src/index.js'

/** What an app written in JavaScript may pass by mistake: a `TypeError` that names the function and the argument, never a failure deep inside. */
describe('the library refuses an argument of the wrong kind with a TypeError that names it', () => {
  it.each([
    ['parseDocument', () => bitext.parseDocument(null as never), 'parseDocument: expected the document as a string or a Uint8Array, got null'],
    ['decodeText', () => bitext.decodeText('text' as never), 'decodeText: expected `bytes` to be a Uint8Array (a Buffer is one)'],
    ['splitSentences', () => bitext.splitSentences(null as never), 'splitSentences: expected `text` to be a string'],
    ['detectLanguage', () => bitext.detectLanguage(undefined as never), 'detectLanguage: expected `text` to be a string'],
    ['tokenize', () => bitext.tokenize(42 as never), 'tokenize: expected `text` to be a string'],
    ['normalizeText', () => bitext.normalizeText(null as never), 'normalizeText: expected `text` to be a string'],
    ['foldCase', () => bitext.foldCase(null as never), 'foldCase: expected `text` to be a string'],
    ['foldDiacritics', () => bitext.foldDiacritics(null as never), 'foldDiacritics: expected `text` to be a string'],
    ['splitSuffix', () => bitext.splitSuffix(null as never), 'splitSuffix: expected `word` to be a string'],
    ['parseLexicon', () => bitext.parseLexicon(null as never), 'parseLexicon: expected `tsv` to be the text of a lexicon (a string)'],
    ['parseGlossary', () => bitext.parseGlossary(null as never), 'parseGlossary: expected `csv` to be the text of a glossary (a string)'],
    ['alignmentJson', () => bitext.alignmentJson(null as never, 'sentence'), 'alignmentJson: expected an Alignment; pass the result of `align`'],
    ['toCheckReport', () => bitext.toCheckReport({} as never, []), 'toCheckReport: expected an Alignment; pass the result of `align`'],
    // A language given as options, as other functions take it: the tag is the second argument itself.
    ['extractAnchors', () => bitext.extractAnchors('In 2020', {lang: 'en'} as never), "extractAnchors: expected `lang` to be a language tag such as 'tr' (a string)"],
    ['splitSentences', () => bitext.splitSentences('Bir. İki.', {lang: 'tr'} as never), "splitSentences: expected `lang` to be a language tag such as 'tr' (a string)"],
    ['foldCase', () => bitext.foldCase('İŞKUR', {lang: 'tr'} as never), "foldCase: expected `lang` to be a language tag such as 'tr' (a string)"],
    ['tokenize', () => bitext.tokenize('İŞKUR', 42 as never), "tokenize: expected `lang` to be a language tag such as 'tr' (a string)"]
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(new TypeError(message))
  })

  it('openTranslationMemory', async () => {
    await expect(bitext.openTranslationMemory(5 as never)).rejects.toThrow(new TypeError("openTranslationMemory: expected `location` to be a path, a postgres:// URL or ':memory:'"))
  })
})
