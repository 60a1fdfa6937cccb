import {latinLetters} from '../text/name-skeleton.js'
import {pairDegreeDecades} from './match-degree-decade.js'
import {pairEras} from './match-era.js'
import {pairHours} from './match-hour.js'
import type {Anchor} from './types.js'
import {isCognate} from './cognate.js'
import {isConversion} from './unit-conversion.js'
import type {Lexicon} from './lexicon.js'
import {turkishEnglishLexicon} from './lexicon.js'
import {compileLexicons, findConcepts} from './term-index.js'

/** Options of `matchAnchors`. */
export interface MatchAnchorsOptions {
  /** Language of the source anchors. Default: `'und'`. */
  sourceLang?: string
  /** Language of the target anchors. Default: `'und'`. */
  targetLang?: string
  /** Lexicons of equivalent names (`İİT` = `OIC`). Default: the built-in Turkish-English lexicon. */
  lexicons?: readonly Lexicon[]
}

/**
 * Anchors paired across the two sides, and those left over (indices into the inputs). An anchor is
 * in one pair, except a range paired with the two numbers of its ends (two pairs).
 */
export interface AnchorMatch {
  pairs: Array<[number, number]>
  sourceOnly: number[]
  targetOnly: number[]
}

const nameKinds = new Set(['name', 'acronym'])

/**
 * Pairs the anchors of a source text with those of its translation, one to one: numbers, dates,
 * URLs … by equal kind and value; names and acronyms by equal value, then by the lexicon
 * (`İİT` = `OIC`, `Cenevre` = `Geneva`), acronyms by their letters in another order (`NATO` =
 * `OTAN`), then names as cognates (`Azerbaycan` ~ `Azerbaijan`), also across
 * Cyrillic or Greek and Latin letters (`Заев` ~ `Zaev`); amounts
 * converted to other units (`385 miles` ~ `620 km`); then a range against the two numbers of its
 * ends (`2015-2018` ~ `2015`, `2018`); last decades, centuries and Roman numerals written another
 * way (`1930` ~ `30`, `19th` ~ `1800`, `XIX` ~ `19th`: `pairEras`), a time against the number of
 * its hour (`04:00` ~ `4`: `pairHours`) and a decade of Fahrenheit degrees against a Celsius
 * temperature in it (`the 80s` ~ `27 Grad`: `pairDegreeDecades`).
 */
export function matchAnchors(source: readonly Anchor[], target: readonly Anchor[], options: MatchAnchorsOptions = {}): AnchorMatch {
  const lexicon = compileLexicons(options.lexicons ?? [turkishEnglishLexicon()], options.sourceLang ?? 'und', options.targetLang ?? 'und')
  const sourceConcepts = source.map((anchor) => new Set(nameKinds.has(anchor.kind) ? findConcepts([anchor.value], lexicon.source) : []))
  const targetConcepts = target.map((anchor) => new Set(nameKinds.has(anchor.kind) ? findConcepts([anchor.value], lexicon.target) : []))
  // Names carried over into Latin once each (`transliterated`), not once per pair tried.
  const latin = {source: source.map((anchor) => (nameKinds.has(anchor.kind) ? latinLetters(anchor.value) : '')), target: target.map((anchor) => (nameKinds.has(anchor.kind) ? latinLetters(anchor.value) : ''))}
  const tests: Array<(i: number, j: number) => boolean> = [
    (i, j) => sameValue(source[i], target[j]),
    (i, j) => [...(sourceConcepts[i] ?? [])].some((concept) => targetConcepts[j]?.has(concept)),
    (i, j) => reordered(source[i], target[j]),
    (i, j) => bothNames(source[i], target[j]) && isCognate(source[i]?.value ?? '', target[j]?.value ?? ''),
    (i, j) => bothNames(source[i], target[j]) && transliterated(source[i]?.value ?? '', target[j]?.value ?? '', latin.source[i] ?? '', latin.target[j] ?? ''),
    (i, j) => converted(source[i], target[j])
  ]
  const sourceUsed = new Array<boolean>(source.length).fill(false)
  const targetUsed = new Array<boolean>(target.length).fill(false)
  const pairs = pairGreedily(sourceUsed, targetUsed, tests)
  for (const [i, j] of pairRangeEnds(source, target, sourceUsed, targetUsed)) pairs.push([i, j])
  for (const [j, i] of pairRangeEnds(target, source, targetUsed, sourceUsed)) pairs.push([i, j])
  for (const [i, j] of pairEras(source, target, sourceUsed, targetUsed)) pairs.push([i, j])
  for (const [j, i] of pairEras(target, source, targetUsed, sourceUsed)) pairs.push([i, j])
  for (const [i, j] of pairHours(source, target, sourceUsed, targetUsed)) pairs.push([i, j])
  for (const [j, i] of pairHours(target, source, targetUsed, sourceUsed)) pairs.push([i, j])
  for (const [i, j] of pairDegreeDecades(source, target, sourceUsed, targetUsed)) pairs.push([i, j])
  for (const [j, i] of pairDegreeDecades(target, source, targetUsed, sourceUsed)) pairs.push([i, j])
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const unused = (used: boolean[]) => used.flatMap((flag, index) => (flag ? [] : [index]))
  return {pairs, sourceOnly: unused(sourceUsed), targetOnly: unused(targetUsed)}
}

/**
 * A range still unpaired against two numbers of the other side, its two ends in order, by value
 * or converted (`1 to 4 inches`, a range of inches, and Arabic `من 1 إلى 4 بوصات`, whose unit word
 * is not read: `1`, `4`): pairs of the range's index and each number's, marking them used. A
 * "range" that goes down with as many digits at each end is a score (`trailing 1-0`), which the
 * other side may give either way round (`0:1-Rückstand`): its ends pair in either order.
 */
function pairRangeEnds(ranges: readonly Anchor[], other: readonly Anchor[], rangeUsed: boolean[], otherUsed: boolean[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as Anchor
    if (rangeUsed[i] || range.kind !== 'range') continue
    const ends = range.value.split('..').map((value): Anchor => ({...range, kind: 'number', value}))
    if (ends.length !== 2) continue
    const endMatches = (end: Anchor, j: number) => !otherUsed[j] && other[j]?.kind === 'number' && (other[j]?.value === end.value || converted(end, other[j]))
    const orders = isScore(ends[0]?.value ?? '', ends[1]?.value ?? '') ? [ends, [...ends].reverse()] : [ends]
    for (const [start, end] of orders) {
      const first = other.findIndex((_, j) => endMatches(start as Anchor, j))
      const second = first < 0 ? -1 : other.findIndex((_, j) => j > first && endMatches(end as Anchor, j))
      if (second < 0) continue
      rangeUsed[i] = otherUsed[first] = otherUsed[second] = true
      pairs.push([i, first], [i, second])
      break
    }
  }
  return pairs
}

/** Whether a range's `end` is below its `start` with as many digits before the point: a score, not a span (`2015-18` is a span). */
function isScore(start: string, end: string): boolean {
  const digits = (value: string) => value.split('.')[0]?.length ?? 0
  return Number(end) < Number(start) && digits(end) === digits(start)
}

function sameValue(a: Anchor | undefined, b: Anchor | undefined): boolean {
  if (!a || !b || a.value !== b.value) return false
  return a.kind === b.kind || bothNames(a, b)
}

/** Two amounts or ranges of one measure in different units, converted and rounded (`550 pounds` = `250 kg`, `2 to 4 inches` = `5–10 cm`). */
export function converted(a: Anchor | undefined, b: Anchor | undefined): boolean {
  if (a?.unit === undefined || b?.unit === undefined || a.kind !== b.kind || (a.kind !== 'number' && a.kind !== 'range')) return false
  const [from, to] = [a.value.split('..'), b.value.split('..')]
  const unit = [a.unit, b.unit]
  return from.length === to.length && from.every((value, index) => isConversion({value: Number(value), unit: unit[0] as string}, {value: Number(to[index]), unit: unit[1] as string}))
}

/**
 * Whether two names, one written in Cyrillic or Greek and the other not, are cognates once carried
 * over into Latin (`Зоран Заев` = `Zoran Zaev`, `НАТО` = `NATO`, `Йоркшир` ~ `Yorkshire`); `latinA`
 * and `latinB` are `a` and `b` so carried over (`latinLetters`).
 */
function transliterated(a: string, b: string, latinA: string, latinB: string): boolean {
  return (latinA !== a) !== (latinB !== b) && isCognate(latinA, latinB)
}

/**
 * Two acronyms of the same letters in another order: a language that puts the adjective after the
 * noun abbreviates the same name so (`EU` = `UE`, `NATO` = `OTAN`, `IMF` = `FMI`, `AIDS` = `SIDA`).
 */
function reordered(a: Anchor | undefined, b: Anchor | undefined): boolean {
  if (a?.kind !== 'acronym' || b?.kind !== 'acronym' || a.value.length !== b.value.length || a.value.length < 2) return false
  const letters = (value: string) => [...value].sort().join('')
  return letters(a.value) === letters(b.value)
}

function bothNames(a: Anchor | undefined, b: Anchor | undefined): boolean {
  return a !== undefined && b !== undefined && nameKinds.has(a.kind) && nameKinds.has(b.kind)
}

/** Pairs by each test in turn, the first unused partner of each unused anchor, marking both used. */
function pairGreedily(sourceUsed: boolean[], targetUsed: boolean[], tests: Array<(i: number, j: number) => boolean>): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (const test of tests) {
    for (let i = 0; i < sourceUsed.length; i++) {
      for (let j = 0; j < targetUsed.length && !sourceUsed[i]; j++) {
        if (targetUsed[j] || !test(i, j)) continue
        sourceUsed[i] = targetUsed[j] = true
        pairs.push([i, j])
      }
    }
  }
  return pairs
}

