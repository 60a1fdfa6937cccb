import {foldCase} from '../text/fold-case.js'
import {functionWords} from '../text/function-words.js'
import {stripTemplateTags} from '../text/template-tags.js'
import {tokenize} from '../text/tokenize.js'

/** What the words of a text say about its language, between two candidates. */
export interface WordEvidence {
  /** Words that vote for each language: its function words, and for Turkish its own letters and suffixes. */
  votes: Record<string, number>
  /** The word tokens left once code, URLs, paths and template tags are set aside. */
  words: string[]
}

/** Spans that are copied, never translated: template tags, attribute lists, admonition markers, inline code. */
const verbatimSpans = [/\{[:#][^}]*\}/gu, /\[![A-Za-z]+\]/gu, /`[^`]*`/gu]
/** A chunk between spaces that is a URL, a path, a file name, a variable or an option, not a word. */
const verbatimChunk = /:\/\/|^www\.|[/\\_$~=<>{}[\]|@#]|\p{L}\.\p{L}|^--?\p{L}/u
/** Letters Turkish has and English lacks; against other languages only `ğ ı ş`. */
const turkishLetters = {english: /[çğıöşüâîûÇĞİÖŞÜÂÎÛ]/u, other: /[ğışĞİŞ]/u}
/** An apostrophe and a lower-case ending: Turkish inflects names and borrowed terms so (`PR'lerin`, `flow'lar`). */
const suffixed = /\p{L}['’]\p{Ll}{2,}$/u
/** Endings English writes after an apostrophe (`it's`, `don't`, `we're`). */
const englishClitic = /['’](?:s|t|re|ve|ll|d|m)$/u

/** Removes what is copied verbatim, keeping the words around it. */
export function withoutVerbatim(text: string): string {
  const rest = verbatimSpans.reduce((current, pattern) => current.replace(pattern, ' '), stripTemplateTags(text))
  return rest
    .split(/\s+/u)
    .filter((chunk) => !verbatimChunk.test(chunk))
    .join(' ')
}

/**
 * Weighs `text` between the languages `langs` (primary subtags): each of its words that is a
 * function word of one of them votes for it; a Turkish word shows itself by its letters (`ğ ı ş`,
 * and `ç ö ü â î û` against English) or by a suffix after an apostrophe (`PR'lerin`). Code, URLs,
 * paths and template tags (`{% … %}`, `{{ … }}`, `{* … *}`) do not vote.
 *
 * @example
 *   weighWords('Add the following to a file starship.lua', ['tr', 'en']).votes // => {tr: 0, en: 3}
 */
export function weighWords(text: string, langs: readonly [string, string]): WordEvidence {
  const words = tokenize(withoutVerbatim(text)).map((token) => token.text).filter((word) => /\p{L}/u.test(word))
  const votes: Record<string, number> = {[langs[0]]: 0, [langs[1]]: 0}
  for (const word of words) {
    const lang = voteOf(word, langs)
    if (lang !== undefined) votes[lang] = (votes[lang] ?? 0) + 1
  }
  return {votes, words}
}

function voteOf(word: string, langs: readonly [string, string]): string | undefined {
  for (const lang of langs) {
    const folded = foldCase(word, lang)
    if (functionWords(lang)?.has(folded.replace(englishClitic, ''))) return lang
  }
  if (!langs.includes('tr') || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word)) return undefined
  const letters = langs.includes('en') ? turkishLetters.english : turkishLetters.other
  if (letters.test(word) || (suffixed.test(word) && !englishClitic.test(word))) return 'tr'
  return undefined
}

/** Whether both languages have function-word tables, so that `weighWords` can tell them apart. */
export function canWeigh(langs: readonly [string, string]): boolean {
  return langs[0] !== langs[1] && langs.every((lang) => functionWords(lang) !== undefined)
}
