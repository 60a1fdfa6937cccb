import type {FuzzyOptions} from './fuzzy-score.js'
import type {TmxImportOptions} from './tmx-import.js'
import type {AddResult, ConsistencyReport, ImportResult, Match, MemoryStats, TranslationUnit} from './types.js'

/** Options of `lookup`. */
export interface LookupOptions extends FuzzyOptions {
  /** Lowest score returned, in (0, 100]. Default `70`. */
  minScore?: number
  /** Most matches returned. Default `5`. */
  limit?: number
  /** Language of the query (`en`, `tr-TR`, …). Default: the source language of the memory's most frequent pair. */
  sourceLang?: string
  /** Language of the translations wanted. Default: the other language of that pair. */
  targetLang?: string
}

/** Options of `concordance`. */
export interface ConcordanceOptions {
  /** Most units returned. Default `50`. */
  limit?: number
}

/** Options of `import`. */
export interface ImportOptions {
  /** Called after each batch with the running totals. */
  onProgress?: (totals: AddResult) => void
}

/** A batch source for `import`: arrays of units, sync or async. */
export type UnitBatches = Iterable<TranslationUnit[]> | AsyncIterable<TranslationUnit[]>

/**
 * A translation memory. Every store (in memory, SQLite, PostgreSQL) has this
 * interface and passes the same behaviour tests.
 */
export interface TranslationMemory {
  /** Stores units in one transaction, skipping duplicates (same normalised source and target). */
  add(units: TranslationUnit[]): Promise<AddResult>
  /** Adds batch after batch, one transaction each: a failure keeps the batches before it. */
  import(batches: UnitBatches, options?: ImportOptions): Promise<AddResult>
  /**
   * Streams in the units of a TMX file (read as `readTmx` reads, in batches of
   * `batchSize`), one transaction per batch like `import`. The SQLite store
   * reads and prepares the file in a worker thread while it writes. The result
   * adds the units read per pair and the `<tu>`s skipped, by reason.
   */
  importTmx(path: string, options?: TmxImportOptions): Promise<ImportResult>
  /** All units in the order they were stored, in batches of `batchSize` (default 1,000). */
  export(options?: {batchSize?: number}): AsyncIterable<TranslationUnit[]>
  /** Fuzzy matches of `text`, best first (see the README's fuzzy score). */
  lookup(text: string, options?: LookupOptions): Promise<Match[]>
  /** Units whose source or target contains `term` (case, and Turkish suffixes, ignored). */
  concordance(term: string, options?: ConcordanceOptions): Promise<TranslationUnit[]>
  /** Sources with more than one target, and targets with more than one source. */
  consistency(): Promise<ConsistencyReport>
  stats(): Promise<MemoryStats>
  /** Releases the file or the connection. */
  close(): Promise<void>
}

/** The `import` every store shares: `add` per batch, totals as it goes. */
export async function importBatches(
  memory: TranslationMemory,
  batches: UnitBatches,
  options: ImportOptions = {}
): Promise<AddResult> {
  const totals: AddResult = {added: 0, duplicates: 0}
  for await (const batch of batches) {
    const result = await memory.add(batch)
    totals.added += result.added
    totals.duplicates += result.duplicates
    options.onProgress?.({...totals})
  }
  return totals
}
