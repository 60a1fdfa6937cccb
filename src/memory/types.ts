/**
 * The translation memory's data: plain, JSON-serialisable values that every
 * store reads and writes the same way.
 */

/** Where one side of a unit came from in its document. */
export interface UnitOrigin {
  /** File path, when the document came from a file. */
  file?: string
  /** Block index in the document. */
  block: number
  /** 1-based line of the sentence in the file. */
  line: number
  /** Text of the heading of the section the block is in, when there is one. */
  section?: string
}

/**
 * A translation unit: a source segment and its translation.
 *
 * Inline markup read from TMX (`bpt`, `ept`, `ph`, `it`, `ut` and the two ends
 * of `hi`) sits in the text as one private-use character each, U+E000 + k,
 * where k indexes `sourceTags` / `targetTags` (the element's XML, written back
 * unchanged on export).
 */
export interface TranslationUnit {
  source: string
  target: string
  /** BCP 47 tag of the source, as written (`tr-TR`). */
  sourceLang: string
  /** BCP 47 tag of the target, as written (`en-GB`). */
  targetLang: string
  /** Creation date, ISO 8601 in UTC without milliseconds: `2024-05-01T12:00:00Z`. */
  created?: string
  /** Where both sides came from, for units built from documents. */
  origin?: {source: UnitOrigin; target: UnitOrigin}
  /** Alignment score of the sentence bead, in [0, 1]. */
  score?: number
  /** XML of the inline elements of the source, by placeholder index. */
  sourceTags?: string[]
  /** XML of the inline elements of the target, by placeholder index. */
  targetTags?: string[]
  /** What a TMX file said about the unit and each side beyond the text, written back on export. */
  tmx?: {unit?: TmxExtra; source?: TmxExtra; target?: TmxExtra}
}

/** A `<note>` or `<prop>` of a `<tu>` or `<tuv>`, as written. */
export interface TmxAnnotation {
  element: 'note' | 'prop'
  attributes: Record<string, string>
  text: string
}

/**
 * What a translator's tool put on a `<tu>` or `<tuv>`: its attributes besides
 * the languages and `creationdate` (`tuid`, `creationid`, `changedate`,
 * `changeid`, `usagecount`, …) and its notes and props, in order.
 */
export interface TmxExtra {
  attributes?: Record<string, string>
  annotations?: TmxAnnotation[]
}

/** One part of a word-level diff of the query against a match's source. */
export interface DiffPart {
  /** `equal`: in both; `delete`: only in the query; `insert`: only in the match's source. */
  type: 'equal' | 'delete' | 'insert'
  text: string
}

/** A fuzzy match: a unit seen in the direction of the lookup. */
export interface Match {
  /** The unit's side in the query's language. */
  source: string
  /** The unit's side in the requested target language. */
  target: string
  sourceLang: string
  targetLang: string
  /** Fuzzy score in [0, 100]; 100 is an exact match. One decimal. */
  score: number
  /** Word-level diff of the query against `source`. */
  diff: DiffPart[]
  /** The unit as stored. */
  unit: TranslationUnit
}

/** What `add` did with a batch of units. */
export interface AddResult {
  /** Units stored. */
  added: number
  /** Units already in the memory (same normalised source and target), skipped. */
  duplicates: number
}

/** What a TMX file held: units read per language pair (as written in the file), and `<tu>`s skipped by reason. */
export interface ImportSummary {
  pairs: Array<{sourceLang: string; targetLang: string; units: number}>
  /** `no-source`, `no-target` (no variant in that language) or `too-many-tags` (more than 6,400 inline tags in a segment). */
  skipped: Record<string, number>
}

/** What `importTmx` did: `AddResult`'s counts and the file's `ImportSummary`. */
export interface ImportResult extends AddResult {
  summary: ImportSummary
}

/** A text seen with more than one translation. */
export interface Inconsistency {
  /** The text (as first stored) and its language. */
  text: string
  lang: string
  /** The different translations, in the order they were stored. */
  translations: string[]
}

/** The result of `consistency()`. */
export interface ConsistencyReport {
  /** The same source with different targets. */
  sameSource: Inconsistency[]
  /** The same target with different sources. */
  sameTarget: Inconsistency[]
}

/** The result of `stats()`. */
export interface MemoryStats {
  units: number
  /** Units per language pair, most frequent first. */
  pairs: Array<{sourceLang: string; targetLang: string; units: number}>
  /** Word tokens over all sources and all targets. */
  sourceWords: number
  targetWords: number
}
