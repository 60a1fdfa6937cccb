import type pg from 'pg'
import {reindexUnspacedScripts} from './pg-reindex.js'

/**
 * Version of the schema below; a database with a newer one is refused. Version 2 folds each
 * letter of Han, kana, Thai … to a token of its own (`matchTokens`); opening a version 1 database
 * tokenises its units of those scripts again, once.
 */
const pgSchemaVersion = 2

/** Double-quotes an identifier for SQL. */
export function quoteIdentifier(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"'
}

/** Width of the length buckets of the word indexes, in tokens. */
export const lengthBucket = 4

/**
 * The tokens of a side, each with its side's length bucket (`word/7` for a
 * side of 28-31 tokens), as an array from the folded text (` word word `):
 * the expression of the word indexes, and of lookups that use them, so that
 * the index applies the length window before any row is read.
 */
export function wordsOf(side: 'source' | 'target'): string {
  const bucket = `'/' || (${side}_count / ${lengthBucket})::text`
  return `string_to_array(replace(trim(${side}_folded), ' ', ${bucket} || ' ') || ${bucket}, ' ')`
}

function schemaSql(s: string): string {
  return `
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.units (
  id bigserial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  source text NOT NULL, target text NOT NULL,
  source_lang text NOT NULL, target_lang text NOT NULL,
  source_primary text NOT NULL, target_primary text NOT NULL,
  source_key text NOT NULL, target_key text NOT NULL,
  source_folded text NOT NULL, target_folded text NOT NULL,
  source_count integer NOT NULL, target_count integer NOT NULL,
  data text NOT NULL
);
CREATE INDEX IF NOT EXISTS units_source_folded ON ${s}.units USING gin (source_folded gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX IF NOT EXISTS units_target_folded ON ${s}.units USING gin (target_folded gin_trgm_ops) WITH (fastupdate = off);
ALTER INDEX ${s}.units_source_folded SET (fastupdate = off);
ALTER INDEX ${s}.units_target_folded SET (fastupdate = off);
CREATE INDEX IF NOT EXISTS units_source_length_words ON ${s}.units USING gin (${wordsOf('source')}) WITH (fastupdate = off);
CREATE INDEX IF NOT EXISTS units_target_length_words ON ${s}.units USING gin (${wordsOf('target')}) WITH (fastupdate = off);
CREATE INDEX IF NOT EXISTS units_source_key ON ${s}.units (source_key);
CREATE INDEX IF NOT EXISTS units_target_key ON ${s}.units (target_key);
CREATE TABLE IF NOT EXISTS ${s}.tokens (lang text NOT NULL, text text NOT NULL, df bigint NOT NULL, PRIMARY KEY (lang, text));
CREATE TABLE IF NOT EXISTS ${s}.pairs (
  id serial PRIMARY KEY, source_lang text NOT NULL, target_lang text NOT NULL, units bigint NOT NULL,
  UNIQUE (source_lang, target_lang)
);`
}

/**
 * Lookups find candidates with the word indexes (GIN over each side's
 * token-and-length keys: one posting list per word and length bucket, so a
 * rare word reads a short list, and only for lengths in the window);
 * concordance uses the trigram indexes (`LIKE '% prefix%'`).
 * The GIN indexes have no pending list (`fastupdate = off`): inserts
 * cost more, but a lookup right after a large import does not scan an
 * unmerged list (which made lookups 50× slower in the benchmark).
 *
 * Creates or checks the schema, under an advisory lock so that services
 * connecting at the same time do not race.
 */
export async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const s = quoteIdentifier(schema)
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query("SELECT pg_advisory_xact_lock(hashtext('bitext-translation-memory'))")
    await client.query(schemaSql(s))
    const found = await client.query<{value: string}>(`SELECT value FROM ${s}.meta WHERE key = 'schema'`)
    const version = Number(found.rows[0]?.value ?? pgSchemaVersion)
    if (version > pgSchemaVersion) {
      throw new Error(`openPostgresMemory: the database has schema ${version}, newer than this bitext's ${pgSchemaVersion}; upgrade bitext`)
    }
    if (version < 2) await reindexUnspacedScripts(client, s)
    await client.query(`INSERT INTO ${s}.meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = $1`, [String(pgSchemaVersion)])
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}
