import {readAnchors} from '../anchors/read-anchors.js'
import type {TermIndex} from '../anchors/term-index.js'
import {findConcepts} from '../anchors/term-index.js'
import {nameSkeleton} from '../text/name-skeleton.js'
import {withoutArabicClitics} from '../text/arabic-clitics.js'
import type {NameScript} from './sound-keys.js'
import {latinSoundKeys} from './sound-keys.js'
import {segmenterFor} from '../text/segmenter.js'
import {punctuationKeys} from './punctuation-keys.js'

/** What the scorer knows of one unit (block or sentence). */
export interface UnitFeatures {
  text: string
  /** Length in UTF-16 code units, white space excluded. */
  length: number
  /** Interned evidence keys shared by both sides (anchor values, lexicon concepts, learned pairs), with repeats. */
  keys: number[]
  /** Interned crude stems of the unit's words (first five letters; dictionary words in Han and kana), without repeats, for learning. */
  stems: number[]
  heading: boolean
}

/** String → number tables, shared by both sides (`keys`) or per side (`stems`). */
export type Interner = Map<string, number>

const numericKinds = new Set(['number', 'date', 'weekday', 'time', 'percent', 'range', 'ordinal', 'url', 'email', 'code'])
/** Letters of a word's crude stem. */
export const stemLength = 5

/** Interns `key`, giving it the next number when new. */
export function intern(table: Interner, key: string): number {
  let id = table.get(key)
  if (id === undefined) table.set(key, (id = table.size))
  return id
}

/** Where one side's units are read: its lexicon terms and the tables that give keys their numbers. */
export interface FeatureTables {
  terms: TermIndex
  /** Evidence keys, shared by both sides. */
  keys: Interner
  /** Whole texts → key numbers (identical units match), shared by both sides; holds the texts, not copies. */
  texts: Map<string, number>
  /** This side's stems. */
  stems: Interner
  /** Names also keyed by their consonants (`nameSkeleton`): one side is written in Latin, the other in Cyrillic. */
  skeletons?: boolean
  /**
   * The other side writes names by their sounds (`莫拉莱斯`, `モラレス`, `موراليس`): this side's Latin
   * names are also keyed as that script writes them (`latinSoundKeys`).
   */
  nameSounds?: NameScript | undefined
}

/**
 * Reads the evidence of one unit: anchors by value (names also by a five-letter cognate prefix),
 * lexicon concepts, emoji and other pictographs, punctuation a translation keeps
 * (`punctuationKeys`), the whole text (identical units match), and the stems used for learning.
 */
export function unitFeatures(text: string, unit: {lang: string; heading: boolean}, tables: FeatureTables): UnitFeatures {
  const {terms, keys, stems} = tables
  const {lang, heading} = unit
  const unitKeys: number[] = [textKey(text.trim(), tables)]
  const {anchors, words} = readAnchors(text, lang)
  for (const anchor of anchors) {
    if (anchor.kind === 'range' && anchor.unit !== undefined) {
      // A range of a measure (`1 to 4 inches`) by its ends, as amounts: the other side may write them apart (`1'den 4 inçe`).
      for (const end of anchor.value.split('..')) unitKeys.push(intern(keys, `number:${end}`))
      continue
    }
    const value = numericKinds.has(anchor.kind) ? `${anchor.kind}:${anchor.value}` : `n:${anchor.value.slice(0, stemLength)}`
    unitKeys.push(intern(keys, value))
    const skeleton = tables.skeletons && (anchor.kind === 'name' || anchor.kind === 'acronym') ? nameSkeleton(anchor.value) : ''
    if (skeleton.length >= 2) unitKeys.push(intern(keys, `s:${skeleton}`))
    if (tables.nameSounds && anchor.kind === 'name') for (const sounds of latinSoundKeys(anchor.value, tables.nameSounds)) unitKeys.push(intern(keys, sounds))
  }
  for (const concept of findConcepts(words, terms)) unitKeys.push(intern(keys, `c:${concept}`))
  if (pictograph.test(text)) for (const symbol of new Set(text.match(pictographs))) unitKeys.push(intern(keys, `e:${symbol}`))
  for (const key of punctuationKeys(text, lang)) unitKeys.push(intern(keys, key))
  const unitStems = new Set<number>()
  const hasUnspaced = unspaced.test(text)
  for (const word of words) if (word.length >= 3 && !(hasUnspaced && unspaced.test(word))) unitStems.add(intern(stems, stemOf(word)))
  if (hasUnspaced) for (const word of dictionaryWords(text, lang)) unitStems.add(intern(stems, word))
  // `slice` keeps an exact-size copy: a pushed-to array holds spare capacity, tens of MB over 40,000 units.
  return {text, length: visibleLength(text), keys: unitKeys.slice(), stems: [...unitStems], heading}
}

/** Emoji and other pictographs (`😊`, `⚠`, `✔`, `©`): a translation keeps them as they are, like numbers. */
const pictograph = /\p{Extended_Pictographic}/u
const pictographs = /\p{Extended_Pictographic}/gu

/** Han and kana: scripts written without spaces, whose "words" are whole clauses. */
const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u

/**
 * The Han and kana words of a text, by the dictionary of `Intl.Segmenter` (ICU's), read from the
 * text as written (folding would drop the voicing marks of kana): whole clauses would never recur,
 * and learning needs words that do.
 */
function dictionaryWords(text: string, lang: string): string[] {
  const words: string[] = []
  for (const piece of segmenterFor(lang, 'word').segment(text)) if (piece.isWordLike && unspaced.test(piece.segment)) words.push(piece.segment)
  return words
}

/** A word's crude stem: its first five letters, after the clitics Arabic joins to the front of words. */
function stemOf(word: string): string {
  return withoutArabicClitics(word).slice(0, stemLength)
}

/** The key of a whole text, numbered like the other keys. */
function textKey(text: string, tables: FeatureTables): number {
  let key = tables.texts.get(text)
  if (key === undefined) tables.texts.set(text, (key = intern(tables.keys, `=${tables.texts.size}`)))
  return key
}

/** Code units that are not white space (counted without building a new string). */
function visibleLength(text: string): number {
  let length = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13 && code !== 0xa0) length++
  }
  return length
}
