import type pg from 'pg'
import {primaryLang} from '../text/primary-lang.js'
import {matchTokens} from './match-tokens.js'
import type {AddResult, TranslationUnit} from './types.js'
import {unitKeys} from './unit-key.js'
import {unitData} from './unit-row.js'

interface Prepared {
  unit: TranslationUnit
  key: string
  keys: {source: string; target: string}
  source: string[]
  target: string[]
}

const columns = ['key', 'source', 'target', 'source_lang', 'target_lang', 'source_primary', 'target_primary', 'source_key',
  'target_key', 'source_folded', 'target_folded', 'source_count', 'target_count', 'data'] as const

/** Adds a batch in one transaction: units (duplicates skipped), token frequencies, pair counts. */
export async function addToPostgres(pool: pg.Pool, s: string, units: TranslationUnit[]): Promise<AddResult> {
  const prepared = units.map(prepare)
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const inserted = await insertUnits(client, s, prepared)
    const added = prepared.filter((item, index) => inserted.has(item.key) && firstIndex(prepared, item.key) === index)
    await countTokens(client, s, added)
    await countPairs(client, s, added)
    await client.query('COMMIT')
    return {added: added.length, duplicates: units.length - added.length}
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}

function prepare(unit: TranslationUnit): Prepared {
  const keys = unitKeys(unit)
  return {unit, key: keys.unit, keys, source: matchTokens(unit.source, unit.sourceLang), target: matchTokens(unit.target, unit.targetLang)}
}

function firstIndex(prepared: Prepared[], key: string): number {
  return prepared.findIndex((item) => item.key === key)
}

async function insertUnits(client: pg.PoolClient, s: string, prepared: Prepared[]): Promise<Set<string>> {
  const values = columns.map(() => [] as Array<string | number>)
  for (const {unit, key, keys, source, target} of prepared) {
    const row = [key, unit.source, unit.target, unit.sourceLang, unit.targetLang, primaryLang(unit.sourceLang),
      primaryLang(unit.targetLang), keys.source, keys.target,
      ` ${source.join(' ')} `, ` ${target.join(' ')} `, source.length, target.length, unitData(unit)]
    row.forEach((value, index) => values[index]?.push(value))
  }
  const types = columns.map((name, index) => `$${index + 1}::${name.endsWith('_count') ? 'integer' : 'text'}[]`)
  const result = await client.query<{key: string}>(
    `INSERT INTO ${s}.units (${columns.join(', ')}) SELECT * FROM unnest(${types.join(', ')})
     ON CONFLICT (key) DO NOTHING RETURNING key`,
    values
  )
  return new Set(result.rows.map((row) => row.key))
}

async function countTokens(client: pg.PoolClient, s: string, added: Prepared[]): Promise<void> {
  const counts = new Map<string, number>()
  for (const {unit, source, target} of added) {
    for (const token of new Set(source)) bump(counts, primaryLang(unit.sourceLang) + '\u0000' + token)
    for (const token of new Set(target)) bump(counts, primaryLang(unit.targetLang) + '\u0000' + token)
  }
  await addTokenCounts(client, s, counts)
}

/** Adds `counts` (by primary language, NUL, token) to the token frequencies, a row per new token. */
export async function addTokenCounts(client: pg.PoolClient, s: string, counts: ReadonlyMap<string, number>): Promise<void> {
  const keys = [...counts.keys()].sort()
  const split = keys.map((key) => key.split('\u0000') as [string, string])
  await client.query(
    `INSERT INTO ${s}.tokens (lang, text, df) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
     ON CONFLICT (lang, text) DO UPDATE SET df = ${s}.tokens.df + excluded.df`,
    [split.map(([lang]) => lang), split.map(([, text]) => text), keys.map((key) => counts.get(key))]
  )
}

async function countPairs(client: pg.PoolClient, s: string, added: Prepared[]): Promise<void> {
  const counts = new Map<string, number>()
  for (const {unit} of added) bump(counts, unit.sourceLang + '\u0000' + unit.targetLang)
  for (const [pair, count] of counts) {
    const [source, target] = pair.split('\u0000')
    await client.query(
      `INSERT INTO ${s}.pairs (source_lang, target_lang, units) VALUES ($1, $2, $3)
       ON CONFLICT (source_lang, target_lang) DO UPDATE SET units = ${s}.pairs.units + excluded.units`,
      [source, target, count]
    )
  }
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}
