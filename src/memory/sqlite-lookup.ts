import type BetterSqlite3 from 'better-sqlite3'
import {lengthWindow} from './fuzzy-score.js'
import {selectTokens} from './prefix-tokens.js'
import type {Candidate, ResolvedLookup, Scored, SideTexts} from './rank-matches.js'
import {best, exactScored, resolveLookup, scoreCandidates, toMatch} from './rank-matches.js'
import type {LookupOptions} from './translation-memory.js'
import type {Match} from './types.js'
import {fromBlob, unitFromRow} from './unit-row.js'
import {entriesOf, entryOf, unitOf} from './entry.js'

interface SideRow {
  id: number
  source_primary: string
  target_primary: string
  source_tokens: Uint8Array
  target_tokens: Uint8Array
}

/**
 * `lookup` over the SQLite schema: token ids and frequencies from `tokens`,
 * the selected tokens' posting segments (entry and length) from `postings`,
 * then only the token columns of the candidates, their texts only for those
 * that reach the score before penalties, and whole rows for the best ones.
 */
export function createSqliteLookup(db: BetterSqlite3.Database): (text: string, options: LookupOptions) => Match[] {
  const statements = {
    pair: db.prepare('SELECT source_lang AS sourceLang, target_lang AS targetLang FROM pairs ORDER BY units DESC, id LIMIT 1'),
    token: db.prepare('SELECT id, df FROM tokens WHERE lang = ? AND text = ?'),
    postings: db.prepare('SELECT entries FROM postings WHERE token = ?').pluck(),
    sides: db.prepare(`SELECT id, source_primary, target_primary, source_tokens, target_tokens FROM units
      WHERE id IN (SELECT value FROM json_each(?))`),
    texts: db.prepare('SELECT source, target FROM units WHERE id = ?'),
    unit: db.prepare('SELECT * FROM units WHERE id = ?'),
    exact: db.prepare(`SELECT id, source, target, source_primary AS sourcePrimary, target_primary AS targetPrimary FROM units
      WHERE source = ? OR target = ?`),
    allSides: db.prepare('SELECT id FROM units WHERE source_primary = ? OR target_primary = ?').pluck()
  }

  function keysOf(query: ResolvedLookup): {keys: number[]; frequency: Map<number, number>} {
    const frequency = new Map<number, number>()
    const unknown = new Map<string, number>()
    const keys = query.tokens.map((token) => {
      const row = statements.token.get(query.sourceLang, token) as {id: number; df: number} | undefined
      if (row) frequency.set(row.id, row.df)
      if (!row && !unknown.has(token)) unknown.set(token, -1 - unknown.size)
      return row ? row.id : (unknown.get(token) as number)
    })
    return {keys, frequency}
  }

  /** Entries (`id × 2 + side`) with enough selected tokens (see `selectTokens`) and a length in the window. */
  function candidateEntries(query: ResolvedLookup, keys: number[], frequency: Map<number, number>): Set<number> {
    const selection = selectTokens(keys, (id) => frequency.get(id) ?? 0, query.minScore, true)
    if (!selection) {
      const ids = statements.allSides.all(query.sourceLang, query.sourceLang) as number[]
      return new Set(ids.flatMap((id) => entriesOf(id)))
    }
    const [low, high] = lengthWindow(query.tokens.length, query.minScore)
    const weights = new Map<number, number>()
    for (const {key, weight} of selection.tokens) {
      if (key < 0) continue
      for (const blob of statements.postings.all(key) as Uint8Array[]) {
        const list = fromBlob(blob)
        for (let i = 0; i < list.length; i += 2) {
          const length = list[i + 1] as number
          const entry = list[i] as number
          if (length >= low && length <= high) weights.set(entry, (weights.get(entry) ?? 0) + weight)
        }
      }
    }
    return new Set([...weights].filter(([, weight]) => weight >= selection.minimum).map(([entry]) => entry))
  }

  function* candidates(query: ResolvedLookup, entries: Set<number>): Iterable<Candidate<number>> {
    const ids = [...new Set([...entries].map((entry) => unitOf(entry)))]
    for (let start = 0; start < ids.length; start += 1000) {
      for (const row of statements.sides.all(JSON.stringify(ids.slice(start, start + 1000))) as SideRow[]) {
        for (const side of [0, 1]) {
          const entry = entryOf(row.id, side)
          const [from, to] = side === 0 ? [row.source_primary, row.target_primary] : [row.target_primary, row.source_primary]
          if (!entries.has(entry) || from !== query.sourceLang || to !== query.targetLang) continue
          yield {entry, tokens: fromBlob(side === 0 ? row.source_tokens : row.target_tokens)}
        }
      }
    }
  }

  function textOf(entry: number): string {
    const row = statements.texts.get(unitOf(entry)) as {source: string; target: string}
    return entry % 2 === 0 ? row.source : row.target
  }

  function fuzzy(query: ResolvedLookup): Scored[] {
    const {keys, frequency} = keysOf(query)
    return best(scoreCandidates(query, keys, candidates(query, candidateEntries(query, keys, frequency)), textOf), query.limit)
  }

  /** Units with a side stored exactly as `text` (stored texts are NFC and trimmed): a scan, for queries without words only. */
  function exactRows(text: string): SideTexts[] {
    const stored = text.normalize('NFC').trim()
    return statements.exact.all(stored, stored) as SideTexts[]
  }

  return (text, options) => {
    const pair = (statements.pair.get() as {sourceLang: string; targetLang: string} | undefined) ?? {sourceLang: 'und', targetLang: 'und'}
    const query = resolveLookup(text, options, pair)
    const scored = query.tokens.length === 0 ? best(exactScored(query, exactRows(query.text)), query.limit) : fuzzy(query)
    return scored.map((hit) => toMatch(query, unitFromRow(statements.unit.get(unitOf(hit.entry)) as Parameters<typeof unitFromRow>[0]), hit))
  }
}
