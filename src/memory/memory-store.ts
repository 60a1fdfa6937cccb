import {primaryLang} from '../text/primary-lang.js'
import {unitContainsTerm} from './concordance-match.js'
import {findInconsistencies} from './find-inconsistencies.js'
import {lengthWindow, maxDistance} from './fuzzy-score.js'
import {IntList} from './int-list.js'
import {LangIndex} from './lang-index.js'
import {checkText, checkUnits} from './check-arguments.js'
import {matchTokens} from './match-tokens.js'
import type {TokenSelection} from './prefix-tokens.js'
import {selectTokens} from './prefix-tokens.js'
import type {Candidate, ResolvedLookup, SideTexts} from './rank-matches.js'
import {best, exactScored, resolveLookup, scoreCandidates, toMatch} from './rank-matches.js'
import type {ConcordanceOptions, LookupOptions, TranslationMemory} from './translation-memory.js'
import {importBatches} from './translation-memory.js'
import {importTmxBatches} from './tmx-import.js'
import type {AddResult, Match, MemoryStats, TranslationUnit} from './types.js'
import {unitKey} from './unit-key.js'
import {entryOf, isTargetEntry, otherEntry, unitOf} from './entry.js'

/** The in-memory store, with an extra exhaustive `scan` used as a reference by tests and benchmarks. */
export interface InMemoryTranslationMemory extends TranslationMemory {
  /** `lookup` by scoring every unit of the language: no index. Same results, linear time. */
  scan(text: string, options?: LookupOptions): Promise<Match[]>
}

/**
 * A translation memory held in memory: units in an array, one inverted index
 * per language, token ids of every side in one typed array.
 *
 * @example
 *   const memory = createMemory()
 *   await memory.add(buildMemory(alignment))
 *   await memory.lookup('WAPES was founded in Geneva.', {sourceLang: 'en', targetLang: 'tr'})
 */
export function createMemory(): InMemoryTranslationMemory {
  const units: TranslationUnit[] = []
  const keys = new Set<string>()
  const languages = new Map<string, LangIndex>()
  const pool = new IntList()
  const starts = new IntList()
  /** Primary language of each entry (`unit id × 2 + side`). */
  const primaries: string[] = []
  const pairs = new Map<string, MemoryStats['pairs'][number]>()
  const words = {source: 0, target: 0}

  function indexOf(lang: string): LangIndex {
    const primary = primaryLang(lang)
    let index = languages.get(primary)
    if (!index) languages.set(primary, (index = new LangIndex()))
    return index
  }

  function store(unit: TranslationUnit): void {
    const id = units.length
    units.push(unit)
    for (const [side, text, lang] of [[0, unit.source, unit.sourceLang], [1, unit.target, unit.targetLang]] as const) {
      starts.push(pool.length)
      primaries.push(primaryLang(lang))
      const ids = indexOf(lang).add(entryOf(id, side), matchTokens(text, lang))
      for (const tokenId of ids) pool.push(tokenId)
      words[side === 0 ? 'source' : 'target'] += ids.length
    }
    const pairKey = unit.sourceLang + '\u0000' + unit.targetLang
    const pair = pairs.get(pairKey) ?? {sourceLang: unit.sourceLang, targetLang: unit.targetLang, units: 0}
    pair.units++
    pairs.set(pairKey, pair)
  }

  /**
   * The entries that can answer the query: right languages, length in the
   * window, enough tokens in common — checked on the token pool before any
   * view or object is made (a million-unit lookup sees thousands of entries).
   */
  function* candidates(query: ResolvedLookup, index: LangIndex, keys: number[], entries: Iterable<number>): Iterable<Candidate<number>> {
    const [low, high] = lengthWindow(keys.length, query.minScore)
    const common = index.commonCounter(keys)
    const needs: number[] = []
    const need = (length: number) => (needs[length] ??= length - maxDistance(length, query.minScore))
    const tokens = pool.array
    for (const entry of entries) {
      if (primaries[entry] !== query.sourceLang || primaries[otherEntry(entry)] !== query.targetLang) continue
      const start = starts.at(entry)
      const end = entry + 1 < starts.length ? starts.at(entry + 1) : pool.length
      if (end - start < low || end - start > high) continue
      if (common(tokens, start, end) < need(Math.max(keys.length, end - start))) continue
      yield {entry, tokens: tokens.subarray(start, end)}
    }
  }

  function textOf(entry: number): string {
    const unit = units[unitOf(entry)] as TranslationUnit
    return isTargetEntry(entry) ? unit.target : unit.source
  }

  /**
   * Entries containing selected tokens of at least the selection's minimum
   * weight: a stamp and a running weight per entry instead of a hash map.
   */
  let marks = new Int32Array(0)
  let weights = new Int32Array(0)
  let stamp = 0
  function entriesOf(index: LangIndex, selection: TokenSelection<number>): number[] {
    if (marks.length < starts.length) {
      marks = new Int32Array(starts.length * 2)
      weights = new Int32Array(starts.length * 2)
    }
    stamp++
    const entries: number[] = []
    for (const {key, weight} of selection.tokens) {
      if (key < 0) continue
      for (const entry of index.postings[key] as number[]) {
        if (marks[entry] !== stamp) {
          marks[entry] = stamp
          weights[entry] = 0
        }
        const before = weights[entry] as number
        weights[entry] = before + weight
        if (before < selection.minimum && before + weight >= selection.minimum) entries.push(entry)
      }
    }
    return entries
  }

  function* sideTexts(): Iterable<SideTexts> {
    for (const [id, unit] of units.entries()) {
      yield {id, source: unit.source, target: unit.target, sourcePrimary: primaryLang(unit.sourceLang), targetPrimary: primaryLang(unit.targetLang)}
    }
  }

  function defaultPair(): {sourceLang: string; targetLang: string} {
    const top = [...pairs.values()].sort((a, b) => b.units - a.units)[0]
    return top ?? {sourceLang: 'und', targetLang: 'und'}
  }

  function run(text: string, options: LookupOptions, useIndex: boolean): Match[] {
    const query = resolveLookup(text, options, defaultPair())
    if (query.tokens.length === 0) return best(exactScored(query, sideTexts()), query.limit).map((hit) => toMatch(query, units[unitOf(hit.entry)] as TranslationUnit, hit))
    const index = languages.get(query.sourceLang)
    if (!index) return []
    const keys = index.keys(query.tokens)
    const selection = useIndex ? selectTokens(keys, (id) => index.frequency(id), query.minScore, true) : undefined
    const entries = selection ? entriesOf(index, selection) : index.entries
    const scored = scoreCandidates(query, keys, candidates(query, index, keys, entries), textOf, index.classes())
    return best(scored, query.limit).map((hit) => toMatch(query, units[unitOf(hit.entry)] as TranslationUnit, hit))
  }

  const memory: InMemoryTranslationMemory = {
    async add(batch) {
      checkUnits(batch, 'add')
      const result: AddResult = {added: 0, duplicates: 0}
      for (const unit of batch) {
        const key = unitKey(unit)
        if (keys.has(key)) {
          result.duplicates++
          continue
        }
        keys.add(key)
        store(unit)
        result.added++
      }
      return result
    },
    import: (batches, options) => importBatches(memory, batches, options),
    importTmx: (path, options) => importTmxBatches(memory, path, options),
    async *export(options = {}) {
      const size = options.batchSize ?? 1000
      for (let start = 0; start < units.length; start += size) yield units.slice(start, start + size)
    },
    lookup: async (text, options = {}) => run(text, options, true),
    scan: async (text, options = {}) => run(text, options, false),
    async concordance(term, options: ConcordanceOptions = {}) {
      checkText(term, 'concordance', 'term')
      const ids = new Set<number>()
      for (const [lang, index] of languages) {
        const first = matchTokens(term, lang)[0]
        if (first !== undefined) for (const entry of index.startingWith(first)) ids.add(unitOf(entry))
      }
      const found = [...ids].sort((a, b) => a - b).map((id) => units[id] as TranslationUnit)
      return found.filter((unit) => unitContainsTerm(unit, term)).slice(0, options.limit ?? 50)
    },
    consistency: async () => findInconsistencies(units),
    async stats() {
      const sorted = [...pairs.values()].sort((a, b) => b.units - a.units).map((pair) => ({...pair}))
      return {units: units.length, pairs: sorted, sourceWords: words.source, targetWords: words.target}
    },
    async close() {}
  }
  return memory
}
