import {abbreviationsFor, writesDottedOrdinals} from './abbreviations.js'
import {chunkText} from './chunk-text.js'
import {foldCase} from './fold-case.js'
import {segmenterFor} from './segmenter.js'

/** A sentence of a text: its trimmed text and its offsets (UTF-16 code units) in the input. */
export interface SentenceSpan {
  text: string
  /** Offset of the first code unit (after leading white space). */
  start: number
  /** Offset after the last code unit (before trailing white space). */
  end: number
}

/** Characters either side of a break that `isFalseBreak` looks at: enough for any abbreviation. */
const window = 64
const openers = /^[("'\u2018\u201C\u00AB[]+/u
const initial = /^\p{Lu}\.$/u
const dottedAcronym = /^(?:\p{L}{1,2}\.){2,}$/u
const ordinal = /^\p{Nd}{1,3}\.$/u
const ellipsis = /(?:\.\.\.|\u2026)[)\]]?$/u
/** A would-be sentence that is only a list or section number: `1.`, `IV.`, `b)`. */
const enumerator = /^\s*(?:\p{Nd}{1,3}|[IVXLCDM]{1,7}|\p{L})[.)]\s*$/u
const startsLower = /^["'\u2018\u201C(]*\p{Ll}/u
const startsDigit = /^\p{Nd}/u

/**
 * Splits `text` into sentences with `Intl.Segmenter` for `lang` (default
 * `und`), then joins back the breaks it makes after abbreviations (`Dr.`,
 * `e.g.`, `Prof.`, `örn.`, `T.C.`, `Hr.`, `κ.` …), initials (`J. R. R. Tolkien`), ordinals in the
 * languages that write them with a full stop (`1. Dünya Savaşı`, `3. Oktober`), `No. 5`, ellipses before a lower-case word
 * and list or section numbers that would stand alone (`IV. Backing services`);
 * and breaks after a full stop before a number, which it misses.
 * Decimals, URLs and e-mail addresses are never split (no space after the dot).
 *
 * The sentences are in order, do not overlap, and cover every non-space
 * character of `text`.
 *
 * @example
 *   splitSentences('Prof. Dr. Ayşe geldi. Sonra gitti.', 'tr')
 *   // => [{text: 'Prof. Dr. Ayşe geldi.', start: 0, end: 21}, {text: 'Sonra gitti.', start: 22, end: 34}]
 */
export function splitSentences(text: string, lang = 'und'): SentenceSpan[] {
  if (typeof text !== 'string') throw new TypeError('splitSentences: expected `text` to be a string')
  if (typeof lang !== 'string') throw new TypeError("splitSentences: expected `lang` to be a language tag such as 'tr' (a string)")
  const candidates = [...new Set([...segmentBreaks(text, lang), ...beforeNumberBreaks(text)])].sort((a, b) => a - b)
  const spans: SentenceSpan[] = []
  let start = 0
  for (const end of [...candidates, text.length]) {
    if (end < text.length && isFalseBreak(text.slice(Math.max(0, end - window), end), text.slice(end, end + window), lang)) continue
    if (end < text.length && enumerator.test(text.slice(start, end))) continue
    const span = trimSpan(text, start, end)
    if (span) spans.push(span)
    start = end
  }
  return spans
}

/** Where `Intl.Segmenter` surely breaks: terminal punctuation, space, then a capital. */
const sentenceEnd = /[.!?\u2026]["'\u2019\u201D)\]]*\s+(?=\p{Lu})/gu

/** Offsets where `Intl.Segmenter` starts a new sentence (0 excluded), segmenting in chunks. */
function segmentBreaks(text: string, lang: string): number[] {
  const segmenter = segmenterFor(lang, 'sentence')
  const breaks: number[] = []
  for (const chunk of chunkText(text, sentenceEnd)) {
    if (chunk.start > 0 && chunk.natural) breaks.push(chunk.start)
    for (const segment of segmenter.segment(text.slice(chunk.start, chunk.end))) {
      if (segment.index > 0) breaks.push(chunk.start + segment.index)
    }
  }
  return breaks
}

/**
 * Offsets after a full stop and white space where a number follows:
 * `Intl.Segmenter` never breaks there (`… seçilmiştir. 2018 yılı …`).
 */
function beforeNumberBreaks(text: string): number[] {
  return [...text.matchAll(/\.["'\u2019\u201D)\]]*\s+(?=\p{Nd})/gu)].map((match) => match.index + match[0].length)
}

/** Whether a break between `before` and `after` falls inside a sentence. */
function isFalseBreak(before: string, after: string, lang: string): boolean {
  const left = before.trimEnd()
  const right = after.trimStart()
  if (ellipsis.test(left)) return startsLower.test(right)
  const raw = left.slice(left.search(/\S+$/u)).replace(openers, '')
  if (!raw.endsWith('.')) return false
  const word = foldCase(raw, lang)
  const list = abbreviationsFor(lang)
  if (list.always.has(word)) return true
  if (list.beforeNumber.has(word) && startsDigit.test(right)) return true
  if (initial.test(raw) || dottedAcronym.test(raw)) return true
  return writesDottedOrdinals(lang) && ordinal.test(word)
}

function trimSpan(text: string, start: number, end: number): SentenceSpan | undefined {
  const slice = text.slice(start, end)
  const leading = slice.length - slice.trimStart().length
  const trimmed = slice.trim()
  if (trimmed === '') return undefined
  return {text: trimmed, start: start + leading, end: start + leading + trimmed.length}
}
