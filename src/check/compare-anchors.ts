import type {Bead} from '../align/types.js'
import {impliedNumberWords} from '../anchors/calendar.js'
import {converted, matchAnchors} from '../anchors/match-anchors.js'
import {spelledOut} from '../anchors/spelled-out.js'
import {unitNamed} from '../anchors/match-unit.js'
import {unitDimension} from '../anchors/unit-conversion.js'
import {foldName} from '../anchors/match-name.js'
import type {TermIndex} from '../anchors/term-index.js'
import {findConcepts, wordMatches} from '../anchors/term-index.js'
import type {Anchor} from '../anchors/types.js'
import {wordTables} from '../anchors/word-tables.js'
import {foldDiacritics} from '../text/fold-diacritics.js'
import {primaryLang} from '../text/primary-lang.js'
import {blockWords, spanWords} from './block-anchors.js'
import type {CheckContext} from './context.js'

/** Anchors of one side of a bead that the other side lacks. */
interface OneSided {
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

/**
 * Parts of blocks to compare, by block index: `[start, end)` in the block's text (the sentences of
 * one sentence bead in a long block pair), anchors and words alike; a block not listed is compared
 * whole.
 */
export interface Spans {
  source: ReadonlyMap<number, readonly [number, number]>
  target: ReadonlyMap<number, readonly [number, number]>
}

const numeric = new Set(['number', 'date', 'time', 'percent', 'range', 'ordinal'])
const verbatim = new Set(['acronym', 'url', 'email', 'code'])
const digit = /\p{Nd}/u

/**
 * Compares the anchors of the two sides of a bead: pairs them (by value and
 * cognates — `matchAnchors`), then gives a second chance to those left over by
 * looking for them in the other side's words (a name hidden in an ALL CAPS
 * heading or at a sentence start, a suffixed form) and for a lexicon
 * equivalent there (`İİT` = `OIC`) or its spelled-out form (`NEET`: `not in employment, education or
 * training`). Number words never count as one-sided: they come and go in
 * translation (`the first one` / `ilki`).
 */
export function compareAnchors(context: CheckContext, bead: Bead, within?: Spans): AnchorComparison {
  const {source, target} = context.anchors
  const kept = (side: 'source' | 'target', index: number, anchors: Anchor[]) => {
    const span = within?.[side].get(index)
    return span ? anchors.filter((anchor) => anchor.start >= span[0] && anchor.end <= span[1]) : anchors
  }
  const words = (side: 'source' | 'target', index: number) => {
    const span = within?.[side].get(index)
    return span ? spanWords(context.alignment[side], index, span) : blockWords(context.anchors[side], index)
  }
  const sides = {
    source: withStems({anchors: bead.source.flatMap((index) => kept('source', index, source.blocks[index] ?? [])), words: bead.source.flatMap((index) => words('source', index))}),
    target: withStems({anchors: bead.target.flatMap((index) => kept('target', index, target.blocks[index] ?? [])), words: bead.target.flatMap((index) => words('target', index))})
  }
  // The lexicon is applied below, compiled once per check: `matchAnchors` pairs by value and cognates.
  const match = matchAnchors(sides.source.anchors, sides.target.anchors, {lexicons: []})
  const lexicon = context.compiledLexicon
  const langs = {source: context.alignment.source.lang, target: context.alignment.target.lang}
  const concepts = {
    source: new Set(findConcepts(sides.source.words, lexicon.source)),
    target: new Set(findConcepts(sides.target.words, lexicon.target))
  }
  const leftOver = {source: match.sourceOnly, target: match.targetOnly}
  const look = (side: 'source' | 'target') => {
    const other = side === 'source' ? 'target' : 'source'
    const indices = leftOver[side]
    const left = indices.map((index) => sides[side].anchors[index]).filter((anchor) => anchor !== undefined)
    const unpaired = new Set(indices)
    const paired = sides[side].anchors.filter((_, index) => !unpaired.has(index))
    // A number against an article or a word of a count only when the other side has no number of its own left over: else the two may be a changed value.
    const otherNumbers = leftOver[other].some((index) => isDigitNumber(sides[other].anchors[index] as Anchor))
    let measures: Map<string, number> | undefined
    const otherMeasures = () => (measures ??= measuresInWords(sides[other], langs[other]))
    const found = (anchor: Anchor) =>
      foundIn(anchor, sides[other], concepts[other], lexicon[side], langs[side]) ||
      restated(anchor, paired) ||
      (!otherNumbers && impliedBy(anchor, sides[other].stems, langs[other])) ||
      measureInWords(anchor, otherMeasures)
    const explained = new Set(left.filter(found))
    return {explained: [...explained], missing: left.filter((anchor) => !explained.has(anchor))}
  }
  const sourceLeft = look('source')
  const targetLeft = look('target')
  const knownName = (side: 'source' | 'target') => (anchor: Anchor) =>
    anchor.kind === 'name' && findConcepts(valueWords(anchor, langs[side]), lexicon[side]).length > 0
  const strong = (anchor: Anchor | undefined) => isStrong(anchor, knownName('source'))
  return {
    numbers: {source: sourceLeft.missing.filter(isDigitNumber), target: targetLeft.missing.filter(isDigitNumber)},
    verbatim: {source: sourceLeft.missing.filter(isVerbatim), target: targetLeft.missing.filter(isVerbatim)},
    known: {source: sourceLeft.missing.filter(knownName('source')), target: targetLeft.missing.filter(knownName('target'))},
    matched: match.pairs.filter(([i]) => strong(sides.source.anchors[i])).length + sourceLeft.explained.filter(strong).length
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

/**
 * Whether a left-over number stands where the other side writes it as an article or a word of a
 * count (`1 saat` / `an hour`, `2人` / `the pair`, `2倍` / `doubling`, `10年後` / `a decade later`):
 * number words alone never count, and a translation often writes such a word as a digit.
 */
function impliedBy(anchor: Anchor, otherStems: readonly string[], otherLang: string): boolean {
  const words = anchor.kind === 'number' ? impliedNumberWords[primaryLang(otherLang)]?.[anchor.value] : undefined
  return (words !== undefined && otherStems.some((stem) => words.includes(stem))) || scaleWordFor(anchor, otherStems, otherLang)
}

/**
 * Whether a left-over thousand, million … (`1,000`, `1000000`) stands where the other side writes
 * its scale word alone (`свыше тысячи людей`, `közel ezer ember`: over a thousand people), which is
 * no number there, as `thousand` alone is in English.
 */
function scaleWordFor(anchor: Anchor, otherStems: readonly string[], otherLang: string): boolean {
  const power = anchor.kind === 'number' && /^10{3,}$/.test(anchor.value) ? anchor.value.length - 1 : 0
  if (power === 0) return false
  const scaleWords = foldedMultipliers(wordTables(otherLang).multipliers)
  return otherStems.some((stem) => scaleWords.get(stem) === power)
}

const folded = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>()

/** A language's scale words without diacritics, as the words they are looked for in are folded (`millió` → `millio`). */
function foldedMultipliers(multipliers: ReadonlyMap<string, number>): Map<string, number> {
  let table = folded.get(multipliers)
  if (!table) folded.set(multipliers, (table = new Map([...multipliers].map(([word, power]) => [foldDiacritics(word), power]))))
  return table
}

/**
 * Whether a left-over amount restates, in another unit, one its own side pairs: `45 miles (72
 * kilometers)` translated `72 Kilometer` keeps the measure, written once.
 */
function restated(anchor: Anchor, paired: readonly Anchor[]): boolean {
  return anchor.unit !== undefined && paired.some((item) => converted(item, anchor))
}

/**
 * Whether a left-over amount in a unit stands where the other side gives a measure of the same
 * dimension in words (`1,6 Kilometer` against `about a mile`, `1,3 cm` against `half an inch`, `20
 * feet` against `sechs Meter`): the other side names more such units than its amounts in digits
 * carry (`measuresInWords`, asked for once a bead needs it), and a number in words, which is never
 * compared, may have been converted.
 */
function measureInWords(anchor: Anchor, otherMeasures: () => Map<string, number>): boolean {
  const dimension = anchor.unit === undefined ? undefined : unitDimension(anchor.unit)
  return dimension !== undefined && (otherMeasures().get(dimension) ?? 0) > 0
}

/** By dimension, how many more units a side names in words (`unitNamed`) than its amounts in digits carry. */
function measuresInWords(side: Side, lang: string): Map<string, number> {
  const counts = new Map<string, number>()
  const count = (unit: string | undefined, step: number) => {
    const dimension = unit === undefined ? undefined : unitDimension(unit)
    if (dimension !== undefined) counts.set(dimension, (counts.get(dimension) ?? 0) + step)
  }
  for (const word of side.words) count(unitNamed(word, lang), 1)
  for (const item of side.anchors) if (isDigitNumber(item)) count(item.unit, -1)
  return counts
}

/** Whether a left-over anchor shows in the other side after all: as a value, a word, or a lexicon equivalent. */
function foundIn(anchor: Anchor, other: Side, otherConcepts: Set<number>, ownTerms: TermIndex, lang: string): boolean {
  if (numeric.has(anchor.kind)) return other.anchors.some((item) => item.value === anchor.value) || other.words.includes(foldName(anchor.text, lang))
  if (anchor.kind === 'url' || anchor.kind === 'email' || anchor.kind === 'code') return false
  const parts = valueWords(anchor, lang)
  if (containsSequence(other.stems, parts)) return true
  if (anchor.kind === 'acronym' && spelledOut(anchor.value, other.words)) return true
  return findConcepts(parts, ownTerms).some((concept) => otherConcepts.has(concept))
}

/** The folded words of a name's canonical value (`oic-pesnet` → `oic`, `pesnet`). */
function valueWords(anchor: Anchor, lang: string): string[] {
  return foldName(anchor.value, lang)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** One side of a bead: its anchors, its folded words, and the words without a Turkish apostrophe suffix (`stripSuffix`), stripped once. */
interface Side {
  anchors: Anchor[]
  words: string[]
  stems: string[]
}

function withStems(side: {anchors: Anchor[]; words: string[]}): Side {
  return {...side, stems: side.words.map(stripSuffix)}
}

/** Whether `parts` occur in a row among `stems` (`wordMatches`). */
function containsSequence(stems: string[], parts: string[]): boolean {
  if (parts.length === 0) return false
  for (let start = 0; start + parts.length <= stems.length; start++) {
    if (parts.every((part, offset) => wordMatches(stems[start + offset] ?? '', part))) return true
  }
  return false
}

/** `iskur’un` → `iskur`: a Turkish suffix after an apostrophe (kept by the tokenizer) is not part of the name. */
function stripSuffix(word: string): string {
  return word.replace(/['\u2019][\p{Ll}]+$/u, '')
}
