import type BetterSqlite3 from 'better-sqlite3'
import {InputError} from '../input-error.js'
import {reindexUnspacedScripts} from './sqlite-reindex.js'

/**
 * Version of the schema below; a file with a newer one is refused. Version 2
 * stores the first `shortKeyLength` characters of the unit key (see
 * `sqlite-writer.ts`); opening a version 1 file shortens its keys once.
 * Version 3 indexes each letter of Han, kana, Thai … as a token (`matchTokens`);
 * opening an older file that has such text rebuilds its word index once.
 */
const schemaVersion = 3

/** Bytes per page of a new file. */
const pageSize = 16_384

/** Characters of the unit key (base64url SHA-1) kept in `units.key`: 66 bits, a smaller index to rewrite per import batch. */
export const shortKeyLength = 11

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS units (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL, target TEXT NOT NULL,
  source_lang TEXT NOT NULL, target_lang TEXT NOT NULL,
  source_primary TEXT NOT NULL, target_primary TEXT NOT NULL,
  source_key TEXT NOT NULL, target_key TEXT NOT NULL,
  source_tokens BLOB NOT NULL, target_tokens BLOB NOT NULL,
  source_count INTEGER NOT NULL, target_count INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  id INTEGER PRIMARY KEY, lang TEXT NOT NULL, text TEXT NOT NULL, df INTEGER NOT NULL, UNIQUE (lang, text)
);
CREATE TABLE IF NOT EXISTS postings (token INTEGER NOT NULL, entries BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS postings_token ON postings (token);
CREATE TABLE IF NOT EXISTS pairs (
  id INTEGER PRIMARY KEY, source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, units INTEGER NOT NULL,
  UNIQUE (source_lang, target_lang)
);
`

/**
 * Opens the file's write-ahead log (readers never block the writer, a crash
 * loses at most the transaction in flight), waits for another process's write
 * lock instead of failing, and creates or checks the schema.
 */
export function prepareDatabase(db: BetterSqlite3.Database, busyTimeout: number, cacheSize: number): void {
  // For a new file only (an existing one keeps its own): 16 KiB pages made a million-unit import 13 % faster
  // (fewer WAL frames per commit) with the same lookup times.
  db.pragma(`page_size = ${pageSize}`)
  db.pragma(`busy_timeout = ${busyTimeout}`)
  enableWal(db, busyTimeout)
  db.pragma('synchronous = NORMAL')
  db.pragma(`cache_size = ${cacheSize}`)
  db.transaction(() => {
    db.exec(schema)
    const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as {value: string} | undefined
    if (row && Number(row.value) > schemaVersion) {
      throw new Error(`openSqliteMemory: the file has schema ${row.value}, newer than this bitext's ${schemaVersion}; upgrade bitext`)
    }
    // Version 1 kept whole keys. A key whose short form another unit already has stays whole, as the writer does.
    if (row && Number(row.value) === 1) db.exec(`UPDATE OR IGNORE units SET key = substr(key, 1, ${shortKeyLength})`)
    if (row && Number(row.value) <= 2) reindexUnspacedScripts(db)
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(schemaVersion))
  }).immediate()
}

/**
 * Switches the file to WAL. SQLite answers "database is locked" at once, without its busy handler,
 * when another process switches the same new file at the same moment: retry every 10 ms until
 * `busyTimeout` has passed.
 */
function enableWal(db: BetterSqlite3.Database, busyTimeout: number): void {
  const deadline = Date.now() + busyTimeout
  for (;;) {
    try {
      db.pragma('journal_mode = WAL')
      return
    } catch (error) {
      if ((error as {code?: string}).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
    }
  }
}

/** The tables a bitext memory has; a file with other tables and none of these belongs to another application. */
const ownTables = new Set(['meta', 'units', 'tokens', 'postings', 'pairs'])

/**
 * Refuses, before anything is written to it, an SQLite file of another
 * application: one with tables and no `meta` table holding bitext's schema
 * version. An empty file (a new memory) passes.
 */
export function refuseForeign(db: BetterSqlite3.Database, path: string): void {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[])
  if (tables.length === 0) return
  const hasVersion = tables.includes('meta') && db.prepare("SELECT 1 FROM meta WHERE key = 'schema'").get() !== undefined
  if (hasVersion && tables.every((table) => ownTables.has(table))) return
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '')
  throw new InputError('not-a-memory', `${path}: an SQLite file of another application (tables: ${shown}), not a bitext translation memory; it was left untouched`)
}

/**
 * The oldest schema a read-only open reads as it is: version 2's word index differs from version 3's
 * only for text of Han, kana, Thai … (a run was one token), whose fuzzy matches it finds as bitext did
 * then, until the file is opened for writing once.
 */
const oldestReadable = 2

/** Checks a memory opened read-only: a schema this bitext reads, and the lookup cache size (nothing written). */
export function checkReadable(db: BetterSqlite3.Database, cacheSize: number): void {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as {value: string} | undefined
  if (row === undefined) throw new InputError('not-a-memory', 'openSqliteMemory: an empty file, not a bitext translation memory')
  const version = Number(row.value)
  if (!(version >= oldestReadable && version <= schemaVersion)) {
    throw new InputError('schema', `openSqliteMemory: the file has schema ${row.value} and this bitext reads ${oldestReadable} to ${schemaVersion}; open it once for writing (tm import) to convert it, or upgrade bitext`)
  }
  db.pragma(`cache_size = ${cacheSize}`)
}
