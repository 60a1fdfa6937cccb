import {createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {once} from 'node:events'
import {finished} from 'node:stream/promises'
import {createMemory} from '../../src/memory/memory-store.js'
import {openPostgresMemory} from '../../src/memory/pg-store.js'
import {openSqliteMemory} from '../../src/memory/sqlite-store.js'
import {writeTmx} from '../../src/memory/tmx-write.js'
import type {TranslationMemory} from '../../src/memory/translation-memory.js'
import type {AddResult, Match, TranslationUnit} from '../../src/memory/types.js'
import {loadCorpus, makeQueries, makeUnits} from './corpus.js'
import {createNaiveScan} from './naive-scan.js'

/** What every phase needs: sizes, paths, and the queries. */
export interface PhaseSettings {
  size: number
  queries: number
  scan: number
  /** Queries also run through the naive full-table scan (0: none). */
  naive?: number
  folder: string
  pgUrl?: string
}

const direction = {sourceLang: 'en', targetLang: 'tr'}
const corpus = loadCorpus()
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)
const simplify = (matches: Match[]) => matches.map((match) => [match.source, match.target, match.score])

/** Times every query; returns the times (ms) and the results, simplified for comparison. */
async function timeLookups(queries: string[], lookup: (query: string) => Promise<Match[]>) {
  const times: number[] = []
  const results: unknown[] = []
  for (const query of queries) {
    const start = performance.now()
    const matches = await lookup(query)
    times.push(performance.now() - start)
    results.push(simplify(matches))
  }
  return {times, results}
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(2))
}

function sameAsReference(settings: PhaseSettings, results: unknown[]): number {
  const file = `${settings.folder}/results-${settings.size}.json`
  if (!existsSync(file)) return -1
  const reference = JSON.parse(readFileSync(file, 'utf8')) as unknown[]
  return results.filter((result, index) => JSON.stringify(result) !== JSON.stringify(reference[index])).length
}

export async function memoryPhase(settings: PhaseSettings) {
  const memory = createMemory()
  const start = performance.now()
  const all: TranslationUnit[] = []
  for (const batch of makeUnits(corpus, settings.size)) {
    await memory.add(batch)
    if (settings.naive) all.push(...batch)
  }
  const importSeconds = (performance.now() - start) / 1000
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024)
  const queries = makeQueries(corpus, settings.queries)
  const indexed = await timeLookups(queries, (query) => memory.lookup(query, direction))
  writeFileSync(`${settings.folder}/results-${settings.size}.json`, JSON.stringify(indexed.results))
  const scanned = await timeLookups(queries.slice(0, settings.scan), (query) => memory.scan(query, direction))
  const differing = scanned.results.filter((result, index) => JSON.stringify(result) !== JSON.stringify(indexed.results[index])).length
  const subset = indexed.times.slice(0, settings.scan)
  const naive = await naivePhase(all, queries.slice(0, settings.naive ?? 0), indexed)
  return {
    ...naive,
    store: 'memory', units: (await memory.stats()).units, importSeconds: round(importSeconds), unitsPerSecond: Math.round(settings.size / importSeconds),
    rssMb, p50: percentile(indexed.times, 50), p99: percentile(indexed.times, 99),
    matchesPerQuery: round(indexed.results.reduce((total: number, result) => total + (result as unknown[]).length, 0) / queries.length),
    scanQueries: settings.scan, scanP50: percentile(scanned.times, 50), scanP99: percentile(scanned.times, 99),
    speedup: round(percentile(scanned.times, 50) / percentile(subset, 50)), scanDiffering: differing
  }
}

/** The naive scan of the first queries: its median, its ratio to the index on them, results compared. */
async function naivePhase(units: TranslationUnit[], queries: string[], indexed: {times: number[]; results: unknown[]}) {
  if (queries.length === 0) return {}
  const scan = createNaiveScan(units)
  const timed = await timeLookups(queries, async (query) => scan(query).map(([source, target, score]) => ({source, target, score}) as Match))
  const differing = timed.results.filter((result, index) => JSON.stringify(result) !== JSON.stringify(indexed.results[index])).length
  const p50 = percentile(timed.times, 50)
  return {naiveQueries: queries.length, naiveP50: p50, naiveSpeedup: round(p50 / percentile(indexed.times.slice(0, queries.length), 50)), naiveDiffering: differing}
}

export async function writeTmxPhase(settings: PhaseSettings) {
  const file = `${settings.folder}/units-${settings.size}.tmx`
  const out = createWriteStream(file)
  for await (const chunk of writeTmx(makeUnits(corpus, settings.size))) if (!out.write(chunk)) await once(out, 'drain')
  await finished(out.end())
  return {store: 'tmx', file, megabytes: round(statSync(file).size / 1e6)}
}

/**
 * The import phases run the built package (`npm run build` first; `npm run bench:tm` does), as users
 * do: from the TypeScript sources the worker would be compiled by tsx as it starts.
 */
async function built(): Promise<typeof import('../../src/index.js')> {
  const entry = new URL('../../dist/index.js', import.meta.url)
  if (!existsSync(entry)) throw new Error('bench:tm: no dist/index.js; run npm run build first')
  return (await import(entry.href)) as typeof import('../../src/index.js')
}

/** `importTmx` (parsed and prepared in a worker thread) into a new SQLite file. */
export async function sqliteImportPhase(settings: PhaseSettings) {
  const bitext = await built()
  return timeImport(settings, 'sqlite-import', `tm-${settings.size}.sqlite`, bitext.openSqliteMemory, (memory, file) => memory.importTmx(file))
}

/** The reference: `readTmx` and `import` on the main thread, into a file of its own. */
export async function sqliteImportOneThreadPhase(settings: PhaseSettings) {
  const bitext = await built()
  return timeImport(settings, 'sqlite-import-one-thread', `tm-${settings.size}-one-thread.sqlite`, bitext.openSqliteMemory, (memory, file) =>
    memory.import(bitext.readTmx(createReadStream(file, {highWaterMark: 1 << 20}), {batchSize: 20_000})))
}

async function timeImport(
  settings: PhaseSettings, store: string, name: string, open: (path: string) => Promise<TranslationMemory>,
  run: (memory: TranslationMemory, file: string) => Promise<AddResult>
) {
  const file = `${settings.folder}/units-${settings.size}.tmx`
  const database = `${settings.folder}/${name}`
  for (const suffix of ['', '-wal', '-shm']) rmSync(database + suffix, {force: true})
  const memory = await open(database)
  const start = performance.now()
  const cpu = process.cpuUsage()
  const totals = await run(memory, file)
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  const cpuSeconds = (used.user + used.system) / 1e6
  await memory.close()
  const megabytes = statSync(file).size / 1e6
  return {
    store, units: totals.added, megabytes: round(megabytes), seconds: round(seconds), megabytesPerSecond: round(megabytes / seconds),
    unitsPerSecond: Math.round(totals.added / seconds), cpuSeconds: round(cpuSeconds), peakRssMb: peakRssMb()
  }
}

export async function sqliteLookupPhase(settings: PhaseSettings) {
  const memory = await openSqliteMemory(`${settings.folder}/tm-${settings.size}.sqlite`)
  return lookupPhase('sqlite', memory, settings)
}

export async function postgresPhase(settings: PhaseSettings) {
  const memory = await openPostgresMemory(settings.pgUrl as string, {schema: `bench_${settings.size}`})
  const start = performance.now()
  if ((await memory.stats()).units === 0) for (const batch of makeUnits(corpus, settings.size, 5000)) await memory.add(batch)
  const importSeconds = (performance.now() - start) / 1000
  return {...(await lookupPhase('postgres', memory, settings)), importSeconds: round(importSeconds)}
}

async function lookupPhase(store: string, memory: TranslationMemory, settings: PhaseSettings) {
  const queries = makeQueries(corpus, settings.queries)
  await memory.lookup(queries[0] as string, direction)
  const timed = await timeLookups(queries, (query) => memory.lookup(query, direction))
  const units = (await memory.stats()).units
  await memory.close()
  return {store, units, p50: percentile(timed.times, 50), p99: percentile(timed.times, 99), differingFromMemory: sameAsReference(settings, timed.results)}
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
