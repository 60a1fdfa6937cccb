import {foldName} from './match-name.js'
import {primaryLang} from '../text/primary-lang.js'
import type {Lexicon} from './lexicon.js'

/** Terms of one side, by first word: each term's folded words and its concept number. */
export type TermIndex = Map<string, Array<{words: string[]; concept: number}>>

/** First four letters of every first word of a side's terms, to skip most words at once. */
const prefixes = new WeakMap<TermIndex, Set<string>>()

function prefixesOf(index: TermIndex): Set<string> {
  let set = prefixes.get(index)
  if (!set) prefixes.set(index, (set = new Set([...index.keys()].map((word) => word.slice(0, minimumStem)))))
  return set
}

/** Lexicons compiled for one document pair: concept numbers shared by equivalent terms. */
export interface CompiledLexicon {
  source: TermIndex
  target: TermIndex
}

/** A word matches a term word when equal, or (4+ letters) when it adds a suffix of up to 5 letters. */
const minimumStem = 4
const maximumSuffix = 5

/**
 * Indexes `lexicons` for a `sourceLang` → `targetLang` document pair; lexicons written the
 * other way round are flipped, `und` columns fit any language, others are skipped.
 */
export function compileLexicons(lexicons: readonly Lexicon[], sourceLang: string, targetLang: string): CompiledLexicon {
  const compiled: CompiledLexicon = {source: new Map(), target: new Map()}
  const source = primaryLang(sourceLang)
  const target = primaryLang(targetLang)
  let concept = 0
  for (const lexicon of lexicons) {
    const from = primaryLang(lexicon.sourceLang)
    const to = primaryLang(lexicon.targetLang)
    const direct = fits(from, source) && fits(to, target)
    const flipped = !direct && fits(from, target) && fits(to, source)
    if (!direct && !flipped) continue
    for (const entry of lexicon.entries) {
      const [sourceTerm, targetTerm] = direct ? [entry.source, entry.target] : [entry.target, entry.source]
      addTerm(compiled.source, sourceTerm, sourceLang, concept)
      addTerm(compiled.target, targetTerm, targetLang, concept)
      concept++
    }
  }
  return compiled
}

function fits(lexiconLang: string, documentLang: string): boolean {
  return lexiconLang === 'und' || lexiconLang === documentLang
}

/** A dot that ends a dotted abbreviation (`U.S.A.`): the tokenizer leaves it out of the word. */
const closingDot = /(?<=\p{L})\.$/u

function addTerm(index: TermIndex, term: string, lang: string, concept: number): void {
  const words = foldName(term, lang)
    .split(/\s+/)
    .map((word) => word.replace(closingDot, ''))
    .filter(Boolean)
  const first = words[0]
  if (first === undefined) return
  const list = index.get(first) ?? []
  list.push({words, concept})
  index.set(first, list)
}

/** Whether the folded `word` is the folded term word `termWord`, perhaps with a suffix. */
export function wordMatches(word: string, termWord: string): boolean {
  if (word === termWord) return true
  return termWord.length >= minimumStem && word.length - termWord.length <= maximumSuffix && word.startsWith(termWord)
}

/** A Turkish suffix after an apostrophe (`İSS’niz`, `ABD'nin`) is never part of a term. */
const apostropheSuffix = /(?<=\p{L})['’]\p{Ll}+$/u

/** `word` without its apostrophe suffix (the regular expression runs only when there is an apostrophe). */
function withoutSuffix(word: string): string {
  return word.includes("'") || word.includes('’') ? word.replace(apostropheSuffix, '') : word
}

/** Concepts of the terms found in a sequence of folded `words` (multi-word terms consecutive). */
export function findConcepts(words: readonly string[], index: TermIndex): number[] {
  const concepts: number[] = []
  if (index.size === 0) return concepts
  const known = prefixesOf(index)
  words.forEach((written, position) => {
    const word = withoutSuffix(written)
    if (!known.has(word.slice(0, minimumStem))) return
    for (let length = Math.max(minimumStem, word.length - maximumSuffix); length <= word.length; length++) {
      for (const term of index.get(length === word.length ? word : word.slice(0, length)) ?? []) {
        if (term.words.every((termWord, offset) => wordMatches(withoutSuffix(words[position + offset] ?? ''), termWord))) concepts.push(term.concept)
      }
    }
    if (word.length < minimumStem) for (const term of index.get(word) ?? []) if (term.words.length === 1) concepts.push(term.concept)
  })
  return concepts
}
