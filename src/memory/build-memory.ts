import type {Alignment, Bead} from '../align/types.js'
import type {BitextDocument, Block, Sentence} from '../document/types.js'
import {normalizeText} from '../text/normalize-text.js'
import {primaryLang} from '../text/primary-lang.js'
import type {TranslationUnit, UnitOrigin} from './types.js'
import {unitKey} from './unit-key.js'

/** Options of `buildMemory`. */
export interface BuildMemoryOptions {
  /** Lowest score of a sentence bead, and of the block bead around it, to keep. Default `0.5`. */
  minScore?: number
  /** Tag of the source side. Default: the source document's language with its usual region (`tr` → `tr-TR`, `en` → `en-GB`). */
  sourceLang?: string
  /** Tag of the target side. Default: likewise from the target document. */
  targetLang?: string
  /** Creation date of the units. Default: now. */
  created?: Date
  /**
   * Block indices to skip, per side (for example those `check` reports as divergent or untranslated),
   * and sentence indices (`sentences`: those of findings `check` places on sentences, as in a file of
   * one sentence a line, whose one block holds every sentence). Default: none.
   */
  exclude?: MemoryExclusions
}

/** What `buildMemory` leaves out: block indices per side, and sentence indices per side. */
export interface MemoryExclusions {
  source?: number[]
  target?: number[]
  sentences?: {source?: number[]; target?: number[]}
}

const regions: Record<string, string> = {tr: 'tr-TR', en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES', ar: 'ar-SA'}
const letter = /\p{L}/u

/**
 * Translation units from the sentence beads of an alignment. Kept: 1-1 and
 * n-m sentence beads with score ≥ `minScore` inside block beads with score
 * ≥ `minScore`, then the pairs of sentences moved out of order (`Alignment.moved`) alike. Skipped: null beads (1-0, 0-1), beads in excluded blocks or with an excluded sentence,
 * untranslatable (code, numbers only) or wrong-language blocks, pairs whose
 * two sides are the same text (untranslated), sides without a letter, and
 * duplicates of an earlier unit (same normalised source and target).
 *
 * @example
 *   buildMemory(align(english, turkish)) // => [{source: 'WAPES was founded …', target: 'WAPES, 18 Ekim 1988 …', …}, …]
 */
export function buildMemory(alignment: Alignment, options: BuildMemoryOptions = {}): TranslationUnit[] {
  return memoryUnits(alignment, options, new Set())
}

/**
 * `buildMemory`, skipping the units whose key is in `seen` and adding the keys of those it
 * returns: the units of several alignments of one pair (its windows) without repeats.
 */
export function memoryUnits(alignment: Alignment, options: BuildMemoryOptions, seen: Set<string>): TranslationUnit[] {
  const minScore = options.minScore ?? 0.5
  const created = (options.created ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const sourceLang = options.sourceLang ?? regionTag(alignment.source.lang)
  const targetLang = options.targetLang ?? regionTag(alignment.target.lang)
  const {exclude} = options
  const source = sideOf(alignment.source, alignment.blocks, 'source', {blocks: exclude?.source ?? [], sentences: exclude?.sentences?.source ?? []}, minScore)
  const target = sideOf(alignment.target, alignment.blocks, 'target', {blocks: exclude?.target ?? [], sentences: exclude?.sentences?.target ?? []}, minScore)
  const units: TranslationUnit[] = []
  // Sentences moved out of order (`Alignment.moved`) translate each other as well as those in place.
  for (const bead of [...alignment.sentences, ...(alignment.moved ?? [])]) {
    if (bead.score < minScore) continue
    const from = source.segment(bead.source)
    const to = target.segment(bead.target)
    if (!from || !to || normalizeText(from.text) === normalizeText(to.text)) continue
    const unit: TranslationUnit = {
      source: from.text,
      target: to.text,
      sourceLang,
      targetLang,
      created,
      origin: {source: from.origin, target: to.origin},
      score: bead.score
    }
    const key = unitKey(unit)
    if (!seen.has(key)) units.push(unit)
    seen.add(key)
  }
  return units
}

/** `tr` → `tr-TR`; a tag with a region, or an unknown language, stays as it is. */
function regionTag(lang: string): string {
  return regions[primaryLang(lang)] !== undefined && !lang.includes('-') ? (regions[primaryLang(lang)] as string) : lang
}

interface Segment {
  text: string
  origin: UnitOrigin
}

/** One side of the alignment: which blocks are usable, and the text of a run of sentences. */
function sideOf(document: BitextDocument, beads: Bead[], side: 'source' | 'target', exclude: {blocks: number[]; sentences: number[]}, minScore: number) {
  const sentences = new Map<number, Sentence>()
  for (const block of document.blocks) for (const sentence of block.sentences) sentences.set(sentence.index, sentence)
  const usable = new Set<number>()
  for (const bead of beads) {
    if (bead.score < minScore || bead.source.length === 0 || bead.target.length === 0) continue
    for (const index of bead[side]) usable.add(index)
  }
  for (const index of exclude.blocks) usable.delete(index)
  const skipped = new Set(exclude.sentences)
  const headings = headingOfBlocks(document)
  return {
    segment(indices: number[]): Segment | undefined {
      const found = indices.map((index) => sentences.get(index))
      const first = found[0]
      if (!first || found.some((sentence) => !sentence || !usable.has(sentence.block) || skipped.has(sentence.index))) return undefined
      const block = document.blocks[first.block]
      if (!block || !isTranslatable(block, document.lang)) return undefined
      const text = found.map((sentence) => (sentence as Sentence).text.trim()).join(' ').normalize('NFC')
      if (!letter.test(text)) return undefined
      return {text, origin: originOf(document, first, headings.get(first.block))}
    }
  }
}

function isTranslatable(block: Block, documentLang: string): boolean {
  const lang = primaryLang(block.lang)
  return block.translatable && (lang === 'und' || lang === primaryLang(documentLang))
}

function headingOfBlocks(document: BitextDocument): Map<number, string> {
  const headings = new Map<number, string>()
  for (const section of document.sections) {
    const heading = section.heading === null ? undefined : document.blocks[section.heading]?.text
    if (heading !== undefined) for (const block of section.blocks) headings.set(block, heading)
  }
  return headings
}

function originOf(document: BitextDocument, sentence: Sentence, section: string | undefined): UnitOrigin {
  const origin: UnitOrigin = {block: sentence.block, line: sentence.line}
  if (document.path !== undefined) origin.file = document.path
  if (section !== undefined) origin.section = section
  return origin
}
