import type pg from 'pg'
import {primaryLang} from '../text/primary-lang.js'
import {lengthWindow} from './fuzzy-score.js'
import {selectTokens} from './prefix-tokens.js'
import {lengthBucket, wordsOf} from './pg-schema.js'
import type {Candidate, ResolvedLookup, SideTexts} from './rank-matches.js'
import {entryOf} from './entry.js'

/** A row of the PostgreSQL `units` table as the store reads it. */
export interface UnitRow {
  id: string
  source: string
  target: string
  source_lang: string
  target_lang: string
  source_folded: string
  target_folded: string
  data: string
}

export const unitColumns = 'id, source, target, source_lang, target_lang, source_folded, target_folded, data'

type Query = <Row extends pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<Row[]>

/**
 * The rows that can answer a lookup, found with the word GIN indexes: the
 * side's keys (`word/length bucket`) overlap those of the minimal prefix
 * tokens in the window's buckets (every candidate contains one); the extended selection's weight (`folded LIKE '% token %'`)
 * and the length window are filters on those rows. `directions` says which sides can hold the query's language.
 */
export async function candidateRows(
  query: Query,
  s: string,
  lookup: ResolvedLookup,
  directions: {forward: boolean; backward: boolean}
): Promise<UnitRow[]> {
  const found = await query<{text: string; df: string}>(`SELECT text, df FROM ${s}.tokens WHERE lang = $1 AND text = ANY($2)`, [
    lookup.sourceLang,
    lookup.tokens
  ])
  const frequency = new Map(found.map((row) => [row.text, Number(row.df)]))
  const frequencyOf = (token: string) => frequency.get(token) ?? 0
  const minimal = selectTokens(lookup.tokens, frequencyOf, lookup.minScore, false)
  const extended = selectTokens(lookup.tokens, frequencyOf, lookup.minScore, true)
  const [low, high] = lengthWindow(lookup.tokens.length, lookup.minScore)
  const values: unknown[] = [lookup.sourceLang, lookup.targetLang, low, high]
  const parameter = (value: unknown) => `$${values.push(value)}`
  let index = ''
  let weight = ''
  if (minimal && extended) {
    const required = minimal.tokens.filter((token) => frequency.has(token.key)).map((token) => token.key)
    if (required.length === 0) return []
    index = `{words} && ${parameter(withBuckets(required, low, high))}::text[]`
    const weighted = extended.tokens.filter((token) => frequency.has(token.key))
    const terms = weighted.map((token) => `CASE WHEN {side}_folded LIKE ${parameter(`% ${token.key} %`)} THEN ${token.weight} ELSE 0 END`)
    weight = `${terms.join(' + ')} >= ${parameter(extended.minimum)}`
  }
  const side = (from: 'source' | 'target', to: 'source' | 'target') => {
    const filters = index ? ` AND ${index.replace('{words}', wordsOf(from))} AND ${weight.replaceAll('{side}', from)}` : ''
    return `SELECT ${unitColumns} FROM ${s}.units WHERE ${from}_primary = $1 AND ${to}_primary = $2
      AND ${from}_count BETWEEN $3 AND $4${filters}`
  }
  const parts = [...(directions.forward ? [side('source', 'target')] : []), ...(directions.backward ? [side('target', 'source')] : [])]
  return parts.length === 0 ? [] : query<UnitRow>(parts.join(' UNION '), values)
}

/** The word index's keys of `tokens` for every length bucket that meets the window. */
function withBuckets(tokens: string[], low: number, high: number): string[] {
  const keys: string[] = []
  for (let bucket = Math.floor(low / lengthBucket); bucket <= Math.floor(high / lengthBucket); bucket++) {
    for (const token of tokens) keys.push(`${token}/${bucket}`)
  }
  return keys
}

/** Both sides of the rows that face the right way, tokens from the folded text. */
export function* candidates(lookup: ResolvedLookup, rows: UnitRow[]): Iterable<Candidate<string>> {
  for (const row of rows) {
    const id = Number(row.id)
    if (primaryLang(row.source_lang) === lookup.sourceLang && primaryLang(row.target_lang) === lookup.targetLang) {
      yield {entry: id * 2, tokens: row.source_folded.trim().split(' ').filter(Boolean)}
    }
    if (primaryLang(row.target_lang) === lookup.sourceLang && primaryLang(row.source_lang) === lookup.targetLang) {
      yield {entry: entryOf(id, 1), tokens: row.target_folded.trim().split(' ').filter(Boolean)}
    }
  }
}

/** A unit row with a numeric id and its primary languages, for `exactScored`. */
export type ExactRow = Omit<UnitRow, 'id'> & SideTexts

/** Units with a side stored exactly as `text` (stored texts are NFC and trimmed): a scan, for queries without words only. */
export async function exactRows(query: Query, schema: string, text: string): Promise<ExactRow[]> {
  const rows = await query<UnitRow>(`SELECT ${unitColumns} FROM ${schema}.units WHERE source = $1 OR target = $1`, [text.normalize('NFC').trim()])
  return rows.map((row) => ({...row, id: Number(row.id), sourcePrimary: primaryLang(row.source_lang), targetPrimary: primaryLang(row.target_lang)}))
}
