import {connectionError, guardConnection} from './pg-connection-error.js'
import {InputError} from '../input-error.js'
import type pg from 'pg'
import {primaryLang} from '../text/primary-lang.js'
import {unitContainsTerm} from './concordance-match.js'
import {findInconsistencies} from './find-inconsistencies.js'
import {checkText, checkUnits} from './check-arguments.js'
import {matchTokens} from './match-tokens.js'
import type {ExactRow, UnitRow} from './pg-candidates.js'
import {candidateRows, candidates, exactRows, unitColumns} from './pg-candidates.js'
import {migrate, quoteIdentifier} from './pg-schema.js'
import {addToPostgres} from './pg-writer.js'
import {best, exactScored, resolveLookup, scoreCandidates, toMatch} from './rank-matches.js'
import type {TranslationMemory} from './translation-memory.js'
import {importBatches} from './translation-memory.js'
import {importTmxBatches} from './tmx-import.js'
import type {TranslationUnit} from './types.js'
import {unitFromRow} from './unit-row.js'
import {unitOf} from './entry.js'

/** Options of `openPostgresMemory`. */
export interface PostgresMemoryOptions {
  /** Schema of the tables, created if missing. Default `bitext`. */
  schema?: string
  /** Most connections the store opens. Default `4`. */
  maxConnections?: number
}

/**
 * A translation memory in PostgreSQL, through the optional peer dependency
 * `pg`, loaded only here. Candidates come from GIN indexes of each side's
 * words with their length bucket (see `candidateRows`); concordance uses
 * `pg_trgm` GIN indexes; scoring is the same as the other stores'.
 *
 * @example
 *   const memory = await openPostgresMemory('postgres://localhost/tm')
 */
export async function openPostgresMemory(url: string, options: PostgresMemoryOptions = {}): Promise<TranslationMemory> {
  const {Pool} = await loadDriver()
  const pool = new Pool({connectionString: url, max: options.maxConnections ?? 4})
  // Lookups are short queries, but the planner overestimates the word-index
  // rows: parallel workers and JIT compilation (8 ms) cost more than the query.
  pool.on('connect', (client) => {
    // A server that stops makes a connected client emit 'error'; the query in flight rejects too, and that is what callers see.
    client.on('error', () => undefined)
    void client.query('SET max_parallel_workers_per_gather = 0; SET jit = off').catch(() => undefined)
  })
  pool.on('error', () => undefined) // an idle client whose server went away: the next query fails and says so

  const s = quoteIdentifier(options.schema ?? 'bitext')
  try {
    await migrate(pool, options.schema ?? 'bitext')
  } catch (error) {
    await pool.end()
    throw connectionError(error, url)
  }
  const query = async <Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []) => (await pool.query<Row>(sql, values)).rows

  async function pairs() {
    const rows = await query<{sourceLang: string; targetLang: string; units: string}>(
      `SELECT source_lang AS "sourceLang", target_lang AS "targetLang", units FROM ${s}.pairs ORDER BY units DESC, id`
    )
    return rows.map((row) => ({sourceLang: row.sourceLang, targetLang: row.targetLang, units: Number(row.units)}))
  }

  const memory: TranslationMemory = {
    add: async (units) => {
      checkUnits(units, 'add')
      return addToPostgres(pool, s, units)
    },
    import: (batches, importOptions) => importBatches(memory, batches, importOptions),
    importTmx: (path, importOptions) => importTmxBatches(memory, path, importOptions),
    async *export(exportOptions = {}) {
      const size = exportOptions.batchSize ?? 1000
      for (let last = 0; ; ) {
        const page = await query<UnitRow>(`SELECT ${unitColumns} FROM ${s}.units WHERE id > $1 ORDER BY id LIMIT $2`, [last, size])
        if (page.length === 0) return
        last = Number((page.at(-1) as UnitRow).id)
        yield page.map(unitFromRow)
      }
    },
    async lookup(text, lookupOptions = {}) {
      const stored = await pairs()
      const lookup = resolveLookup(text, lookupOptions, stored[0] ?? {sourceLang: 'und', targetLang: 'und'})
      const has = (from: string, to: string) => stored.some((pair) => primaryLang(pair.sourceLang) === from && primaryLang(pair.targetLang) === to)
      if (lookup.tokens.length === 0) {
        const rows = await exactRows(query, s, lookup.text)
        const byId = new Map(rows.map((row) => [row.id, row]))
        return best(exactScored(lookup, rows), lookup.limit).map((hit) => toMatch(lookup, unitFromRow(byId.get(unitOf(hit.entry)) as ExactRow), hit))
      }
      const rows = await candidateRows(query, s, lookup, {
        forward: has(lookup.sourceLang, lookup.targetLang),
        backward: has(lookup.targetLang, lookup.sourceLang)
      })
      const byId = new Map(rows.map((row) => [Number(row.id), row]))
      const textOf = (entry: number) => {
        const row = byId.get(unitOf(entry)) as UnitRow
        return entry % 2 === 0 ? row.source : row.target
      }
      const scored = best(scoreCandidates(lookup, lookup.tokens, candidates(lookup, rows), textOf), lookup.limit)
      return scored.map((hit) => toMatch(lookup, unitFromRow(byId.get(unitOf(hit.entry)) as UnitRow), hit))
    },
    async concordance(term, concordanceOptions = {}) {
      checkText(term, 'concordance', 'term')
      const limit = concordanceOptions.limit ?? 50
      const languages = new Set((await pairs()).flatMap((pair) => [primaryLang(pair.sourceLang), primaryLang(pair.targetLang)]))
      const conditions: string[] = []
      const values: string[] = []
      for (const lang of languages) {
        const first = matchTokens(term, lang)[0]
        if (first === undefined) continue
        values.push(lang, `% ${first}%`)
        const [l, p] = [`$${values.length - 1}`, `$${values.length}`]
        conditions.push(`(source_primary = ${l} AND source_folded LIKE ${p})`, `(target_primary = ${l} AND target_folded LIKE ${p})`)
      }
      const found: TranslationUnit[] = []
      if (conditions.length === 0) return found
      for (let last = 0; found.length < limit; ) {
        const page = await query<UnitRow>(
          `SELECT ${unitColumns} FROM ${s}.units WHERE id > $${values.length + 1} AND (${conditions.join(' OR ')}) ORDER BY id LIMIT 500`,
          [...values, last]
        )
        if (page.length === 0) break
        last = Number((page.at(-1) as UnitRow).id)
        for (const unit of page.map(unitFromRow)) if (found.length < limit && unitContainsTerm(unit, term)) found.push(unit)
      }
      return found
    },
    async consistency() {
      const rows = await query<UnitRow>(`SELECT ${unitColumns} FROM ${s}.units
        WHERE source_key IN (SELECT source_key FROM ${s}.units GROUP BY source_key HAVING count(DISTINCT target_key) > 1)
        OR target_key IN (SELECT target_key FROM ${s}.units GROUP BY target_key HAVING count(DISTINCT source_key) > 1) ORDER BY id`)
      return findInconsistencies(rows.map(unitFromRow))
    },
    async stats() {
      const [totals] = await query<{units: string; source: string; target: string}>(
        `SELECT count(*) AS units, coalesce(sum(source_count), 0) AS source, coalesce(sum(target_count), 0) AS target FROM ${s}.units`
      )
      return {units: Number(totals?.units), pairs: await pairs(), sourceWords: Number(totals?.source), targetWords: Number(totals?.target)}
    },
    close: () => pool.end()
  }
  return guardConnection(memory, url)
}

async function loadDriver(): Promise<typeof pg> {
  try {
    return (await import('pg')).default
  } catch {
    throw new InputError('missing-driver', 'openPostgresMemory: the PostgreSQL store needs the optional dependency pg; install it with npm install pg')
  }
}
