/**
 * `npm run bench:tm`: translation memories of 100,000 and 1,000,000 units made from the NTREX news
 * sentences (../shared/corpora/ntrex-en-tr) by changing words and numbers; 1,000 queries with 0-30 %
 * of their words changed. Per size: in-memory import and lookups (with an exhaustive scan of the same
 * queries in the same process as the reference, results compared), TMX import into SQLite (MB/s, peak
 * RSS), SQLite lookups, and PostgreSQL when BITEXT_BENCH_PG_URL (or BITEXT_TEST_PG_URL) is set.
 * Every phase runs in its own process so that peak RSS is its own.
 *
 * Environment: BITEXT_BENCH_SIZES (default 100000,1000000), BITEXT_BENCH_PG_SIZES (default: the same),
 * BITEXT_BENCH_QUERIES (1000),
 * BITEXT_BENCH_SCAN (exhaustive-scan queries per size: all at 100k, 100 at 1M by default),
 * BITEXT_BENCH_NAIVE (queries also run through a naive full-table Levenshtein scan: 10 at 100k, 5 at 1M).
 * Two references: the library's own linear scan (`scan`: every unit, the same exact filters, no
 * index) and the naive scan (every unit, the full edit-distance table, written apart in bench/tm).
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {PhaseSettings} from './tm/phases.js'

const phaseArgument = process.argv.indexOf('--phase')

if (phaseArgument > 0) {
  const phases = await import('./tm/phases.js')
  const settings = JSON.parse(process.argv[phaseArgument + 2] as string) as PhaseSettings
  const run = {memory: phases.memoryPhase, 'write-tmx': phases.writeTmxPhase, 'sqlite-import': phases.sqliteImportPhase,
    'sqlite-import-one-thread': phases.sqliteImportOneThreadPhase,
    'sqlite-lookup': phases.sqliteLookupPhase, postgres: phases.postgresPhase}[process.argv[phaseArgument + 1] as string]
  console.log(JSON.stringify(await run?.(settings)))
} else {
  const sizes = (process.env.BITEXT_BENCH_SIZES ?? '100000,1000000').split(',').map(Number)
  const queries = Number(process.env.BITEXT_BENCH_QUERIES ?? 1000)
  const folder = join(tmpdir(), 'bitext-bench-tm')
  mkdirSync(folder, {recursive: true})
  const pgUrl = process.env.BITEXT_BENCH_PG_URL ?? process.env.BITEXT_TEST_PG_URL
  const pgSizes = (process.env.BITEXT_BENCH_PG_SIZES ?? sizes.join(',')).split(',').map(Number)
  console.log(`bench:tm — ${queries} queries, en → tr, minScore 70, limit 5; ${new Date().toISOString()}`)
  for (const size of sizes) {
    const scan = Number(process.env.BITEXT_BENCH_SCAN ?? (size > 200_000 ? 100 : queries))
    const naive = Number(process.env.BITEXT_BENCH_NAIVE ?? (size > 200_000 ? 5 : 10))
    const settings: PhaseSettings = {size, queries, scan, naive, folder, ...(pgUrl === undefined ? {} : {pgUrl})}
    const withPostgres = pgUrl !== undefined && pgSizes.includes(size)
    const phases = ['memory', 'write-tmx', 'sqlite-import-one-thread', 'sqlite-import', 'sqlite-lookup', ...(withPostgres ? ['postgres'] : [])]
    const results = new Map<string, string>()
    for (const phase of phases) {
      results.set(phase, runPhase(phase, settings))
      console.log(`${size} ${phase}: ${results.get(phase)}`)
    }
    console.log(`${size} import speed-up (importTmx / one thread, MB/s): ${importRatio(results)}`)
  }
  if (pgUrl === undefined) console.log('postgres: skipped (set BITEXT_BENCH_PG_URL or BITEXT_TEST_PG_URL)')
}

function importRatio(results: Map<string, string>): string {
  const speed = (phase: string) => {
    try {
      return (JSON.parse(results.get(phase) ?? '{}') as {megabytesPerSecond?: number}).megabytesPerSecond
    } catch {
      return undefined
    }
  }
  const [fast, reference] = [speed('sqlite-import'), speed('sqlite-import-one-thread')]
  return fast === undefined || reference === undefined ? 'n/a' : `${(fast / reference).toFixed(2)}×`
}

function runPhase(phase: string, settings: PhaseSettings): string {
  const script = fileURLToPath(import.meta.url)
  const args = [...process.execArgv, '--max-old-space-size=6144', script, '--phase', phase, JSON.stringify(settings)]
  const run = spawnSync(process.execPath, args, {encoding: 'utf8', maxBuffer: 1 << 26})
  if (run.status !== 0) return `failed: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`
  return run.stdout.trim().split('\n').at(-1) ?? ''
}
