import {InputError} from '../input-error.js'
import type BetterSqlite3 from 'better-sqlite3'
import {unitContainsTerm} from './concordance-match.js'
import {findInconsistencies} from './find-inconsistencies.js'
import {checkText, checkUnits} from './check-arguments.js'
import {matchTokens} from './match-tokens.js'
import {checkReadable, prepareDatabase, refuseForeign} from './sqlite-schema.js'
import {sqliteOpenError} from './sqlite-open-error.js'
import {createSqliteLookup} from './sqlite-lookup.js'
import {createWriters} from './sqlite-writer.js'
import type {TranslationMemory} from './translation-memory.js'
import {importBatches} from './translation-memory.js'
import {importTmxFile} from './tmx-import.js'
import type {TranslationUnit} from './types.js'
import {fromBlob, unitFromRow} from './unit-row.js'
import {unitOf} from './entry.js'

/** Options of `openSqliteMemory`. */
export interface SqliteMemoryOptions {
  /** Milliseconds to wait for another process's write lock. Default `10000`. */
  busyTimeout?: number
  /**
   * Open an existing memory for reading only (lookups, stats, export): works on a
   * read-only file, and `add`/`import` fail. Default `false`.
   */
  readOnly?: boolean
}

/**
 * SQLite's page cache in KiB (negative pragma values): large for lookups,
 * small during `import`, whose batches touch pages once, so that an import's
 * memory does not grow with the file.
 */
const lookupCacheSize = -200_000
const importCacheSize = -16_000
/**
 * WAL pages between checkpoints: SQLite's 1,000 (4 MB) outside imports; 16,384
 * (64 MB) during them, because each checkpoint syncs the file and an import
 * of a million units spent a tenth of its time in those syncs.
 */
const checkpointPages = 1000
const importCheckpointPages = 16_384
/** Units per transaction of `importTmx`, unless given: larger batches rewrite fewer index pages, smaller ones hold less memory. */
const importBatchSize = 20_000

interface UnitRow {
  id: number
  source: string
  target: string
  source_lang: string
  target_lang: string
  source_primary: string
  target_primary: string
  source_tokens: Uint8Array
  target_tokens: Uint8Array
  data: string
}

const unitColumns = 'id, source, target, source_lang, target_lang, source_primary, target_primary, source_tokens, target_tokens, data'

/**
 * A translation memory in an SQLite file (created if missing), through the
 * optional peer dependency `better-sqlite3`, loaded only here.
 *
 * @example
 *   const memory = await openSqliteMemory('bitext-tm.sqlite')
 */
export async function openSqliteMemory(path: string, options: SqliteMemoryOptions = {}): Promise<TranslationMemory> {
  const Database = await loadDriver()
  const readOnly = options.readOnly ?? false
  let db: InstanceType<typeof Database>
  try {
    db = new Database(path, {readonly: readOnly, fileMustExist: readOnly})
  } catch (error) {
    throw sqliteOpenError(error, path)
  }
  try {
    refuseForeign(db, path)
    if (readOnly) checkReadable(db, lookupCacheSize)
    else prepareDatabase(db, options.busyTimeout ?? 10_000, lookupCacheSize)
  } catch (error) {
    db.close()
    throw sqliteOpenError(error, path)
  }
  const writers = createWriters(db)
  const lookup = createSqliteLookup(db)
  const statements = {
    pairs: db.prepare('SELECT source_lang AS sourceLang, target_lang AS targetLang, units FROM pairs ORDER BY units DESC, id'),
    tokenRange: db.prepare('SELECT id FROM tokens WHERE lang = ? AND text >= ? AND text < ?'),
    languages: db.prepare('SELECT DISTINCT lang FROM tokens'),
    postings: db.prepare('SELECT entries FROM postings WHERE token = ?').pluck(),
    units: db.prepare(`SELECT ${unitColumns} FROM units WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`),
    page: db.prepare(`SELECT ${unitColumns} FROM units WHERE id > ? ORDER BY id LIMIT ?`),
    totals: db.prepare('SELECT count(*) AS units, coalesce(sum(source_count), 0) AS source, coalesce(sum(target_count), 0) AS target FROM units'),
    conflicts: db.prepare(`SELECT ${unitColumns} FROM units
      WHERE source_key IN (SELECT source_key FROM units GROUP BY source_key HAVING count(DISTINCT target_key) > 1)
      OR target_key IN (SELECT target_key FROM units GROUP BY target_key HAVING count(DISTINCT source_key) > 1) ORDER BY id`)
  }

  function rows(ids: number[]): Map<number, UnitRow> {
    const found = new Map<number, UnitRow>()
    for (let start = 0; start < ids.length; start += 1000) {
      const chunk = JSON.stringify(ids.slice(start, start + 1000))
      for (const row of statements.units.all(chunk) as UnitRow[]) found.set(row.id, row)
    }
    return found
  }

  /** Runs an import with the import's cache and checkpoint settings, and the usual ones back afterwards. */
  async function whileImporting<T>(run: () => Promise<T>): Promise<T> {
    db.pragma(`cache_size = ${importCacheSize}`)
    db.pragma(`wal_autocheckpoint = ${importCheckpointPages}`)
    try {
      return await run()
    } finally {
      db.pragma(`cache_size = ${lookupCacheSize}`)
      db.pragma(`wal_autocheckpoint = ${checkpointPages}`)
    }
  }

  const memory: TranslationMemory = {
    add: async (units) => {
      checkUnits(units, 'add')
      return writers.add(units)
    },
    import: (batches, importOptions) => whileImporting(() => importBatches(memory, batches, importOptions)),
    importTmx: (path, importOptions) =>
      whileImporting(() => importTmxFile(path, writers.writer(), {batchSize: importBatchSize, ...importOptions})),
    async *export(exportOptions = {}) {
      const size = exportOptions.batchSize ?? 1000
      for (let last = 0; ; ) {
        const page = statements.page.all(last, size) as UnitRow[]
        if (page.length === 0) return
        last = (page.at(-1) as UnitRow).id
        yield page.map(unitFromRow)
      }
    },
    lookup: async (text, lookupOptions = {}) => lookup(text, lookupOptions),
    async concordance(term, concordanceOptions = {}) {
      checkText(term, 'concordance', 'term')
      const limit = concordanceOptions.limit ?? 50
      const ids = new Set<number>()
      for (const lang of statements.languages.pluck().all() as string[]) {
        const first = matchTokens(term, lang)[0]
        if (first === undefined) continue
        for (const id of statements.tokenRange.pluck().all(lang, first, first + '\u{10FFFF}') as number[]) {
          for (const blob of statements.postings.all(id) as Uint8Array[]) {
            const list = fromBlob(blob)
            for (let i = 0; i < list.length; i += 2) ids.add(unitOf(list[i] as number))
          }
        }
      }
      const sorted = [...ids].sort((a, b) => a - b)
      const found: TranslationUnit[] = []
      for (let start = 0; start < sorted.length && found.length < limit; start += 200) {
        for (const row of rows(sorted.slice(start, start + 200)).values()) {
          const unit = unitFromRow(row)
          if (found.length < limit && unitContainsTerm(unit, term)) found.push(unit)
        }
      }
      return found
    },
    consistency: async () => findInconsistencies((statements.conflicts.all() as UnitRow[]).map(unitFromRow)),
    async stats() {
      const totals = statements.totals.get() as {units: number; source: number; target: number}
      const pairs = statements.pairs.all() as Array<{sourceLang: string; targetLang: string; units: number}>
      return {units: totals.units, pairs, sourceWords: totals.source, targetWords: totals.target}
    },
    async close() {
      db.close()
    }
  }
  return memory
}

async function loadDriver(): Promise<typeof BetterSqlite3> {
  try {
    return (await import('better-sqlite3')).default
  } catch {
    throw new InputError('missing-driver', 'openSqliteMemory: the SQLite store needs the optional dependency better-sqlite3; install it with npm install better-sqlite3@12')
  }
}
