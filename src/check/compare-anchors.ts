import type {Bead} from '../align/types.js'
import {matchAnchors} from '../anchors/match-anchors.js'
import {foldName} from '../anchors/match-name.js'
import type {CompiledLexicon} from '../anchors/term-index.js'
import {findConcepts, wordMatches} from '../anchors/term-index.js'
import type {Anchor} from '../anchors/types.js'
import type {CheckContext} from './context.js'

/** Anchors of one side of a bead that the other side lacks. */
export interface OneSided {
  source: Anchor[]
  target: Anchor[]
}

/** How the anchors of an aligned pair compare. */
export interface AnchorComparison {
  /** Numbers, dates, percentages, ranges and ordinals written with digits, on one side only. */
  numbers: OneSided
  /** Acronyms, URLs, e-mail addresses and inline code, on one side only. */
  verbatim: OneSided
  /** Names the lexicon knows (`Azerbaijan`, `Konsey`), on one side only. */
  known: OneSided
  /** Anchors of those kinds found on both sides. */
  matched: number
}

const numeric = new Set(['number', 'date', 'percent', 'range', 'ordinal'])
const verbatim = new Set(['acronym', 'url', 'email', 'code'])
const digit = /\p{Nd}/u

/**
 * Compares the anchors of the two sides of a bead: pairs them (by value, the
 * lexicon, cognates — `matchAnchors`), then gives a second chance to those
 * left over by looking for them in the other side's words (a name hidden in
 * an ALL CAPS heading or at a sentence start, a suffixed form, a lexicon
 * equivalent). Number words never count as one-sided: they come and go in
 * translation (`the first one` / `ilki`).
 */
export function compareAnchors(context: CheckContext, bead: Bead): AnchorComparison {
  const {source, target} = context.anchors
  const sourceAnchors = bead.source.flatMap((index) => source.blocks[index] ?? [])
  const targetAnchors = bead.target.flatMap((index) => target.blocks[index] ?? [])
  const sourceWords = bead.source.flatMap((index) => source.words[index] ?? [])
  const targetWords = bead.target.flatMap((index) => target.words[index] ?? [])
  const match = matchAnchors(sourceAnchors, targetAnchors, {
    sourceLang: context.alignment.source.lang,
    targetLang: context.alignment.target.lang,
    lexicons: context.lexicons
  })
  const lexicon = context.compiledLexicon
  const sourceLeft = match.sourceOnly.map((index) => sourceAnchors[index]).filter((anchor) => anchor !== undefined)
  const targetLeft = match.targetOnly.map((index) => targetAnchors[index]).filter((anchor) => anchor !== undefined)
  const sourceMissing = sourceLeft.filter((anchor) => !foundIn(anchor, targetWords, targetAnchors, lexicon, 'source', context.alignment.source.lang))
  const targetMissing = targetLeft.filter((anchor) => !foundIn(anchor, sourceWords, sourceAnchors, lexicon, 'target', context.alignment.target.lang))
  const knownName = (side: 'source' | 'target') => (anchor: Anchor) =>
    anchor.kind === 'name' && findConcepts(valueWords(anchor, context.alignment[side].lang), lexicon[side]).length > 0
  return {
    numbers: {source: sourceMissing.filter(isDigitNumber), target: targetMissing.filter(isDigitNumber)},
    verbatim: {source: sourceMissing.filter(isVerbatim), target: targetMissing.filter(isVerbatim)},
    known: {source: sourceMissing.filter(knownName('source')), target: targetMissing.filter(knownName('target'))},
    matched: match.pairs.filter(([i]) => isStrong(sourceAnchors[i], knownName('source'))).length
  }
}

function isDigitNumber(anchor: Anchor): boolean {
  return numeric.has(anchor.kind) && digit.test(anchor.text)
}

function isVerbatim(anchor: Anchor): boolean {
  return verbatim.has(anchor.kind)
}

function isStrong(anchor: Anchor | undefined, known: (anchor: Anchor) => boolean): boolean {
  return anchor !== undefined && (isDigitNumber(anchor) || isVerbatim(anchor) || known(anchor))
}

/** Whether a left-over anchor shows in the other side after all. */
function foundIn(anchor: Anchor, words: string[], anchors: Anchor[], lexicon: CompiledLexicon, side: 'source' | 'target', lang: string): boolean {
  if (numeric.has(anchor.kind)) return anchors.some((other) => other.value === anchor.value) || words.includes(foldName(anchor.text, lang))
  if (anchor.kind === 'url' || anchor.kind === 'email' || anchor.kind === 'code') return false
  const parts = valueWords(anchor, lang)
  if (containsSequence(words, parts)) return true
  const concepts = new Set(findConcepts(parts, lexicon[side]))
  if (concepts.size === 0) return false
  const other = side === 'source' ? 'target' : 'source'
  return findConcepts(words, lexicon[other]).some((concept) => concepts.has(concept))
}

/** The folded words of a name's canonical value (`oic-pesnet` → `oic`, `pesnet`). */
function valueWords(anchor: Anchor, lang: string): string[] {
  return foldName(anchor.value, lang)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

function containsSequence(words: string[], parts: string[]): boolean {
  if (parts.length === 0) return false
  for (let start = 0; start + parts.length <= words.length; start++) {
    if (parts.every((part, offset) => wordMatches(stripSuffix(words[start + offset] ?? ''), part))) return true
  }
  return false
}

/** `iskur’un` → `iskur`: a Turkish suffix after an apostrophe (kept by the tokenizer) is not part of the name. */
function stripSuffix(word: string): string {
  return word.replace(/['\u2019][\p{Ll}]+$/u, '')
}
