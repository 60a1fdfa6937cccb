import {createRequire} from 'node:module'
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {InputError} from '../input-error.js'
import type {PreparedBatch} from './prepare-units.js'
import type {WorkerInput, WorkerMessage} from './tmx-import-worker.js'
import type {TmxReadOptions} from './tmx-read.js'
import type {ImportOptions, TranslationMemory} from './translation-memory.js'
import {importBatches} from './translation-memory.js'
import type {AddResult, ImportResult, ImportSummary} from './types.js'

/** Options of `importTmx`: which units to read (`readTmx`) and progress (`import`). */
export interface TmxImportOptions extends Omit<TmxReadOptions, 'summary'>, ImportOptions {}

/** `importTmx` for stores without a faster way: `readTmx` over the file, then `import`. */
export async function importTmxBatches(memory: TranslationMemory, path: string, options: TmxImportOptions = {}): Promise<ImportResult> {
  const [{createReadStream}, {readTmx}] = await Promise.all([import('node:fs'), import('./tmx-read.js')])
  const summary: ImportSummary = {pairs: [], skipped: {}}
  const totals = await importBatches(memory, readTmx(createReadStream(path, {highWaterMark: 1 << 20}), {...options, summary}), options)
  return {...totals, summary}
}

/**
 * Imports a TMX file on two threads: a worker reads, parses and prepares the
 * batches (`prepare-units.ts`) while this thread writes them with `write`, one
 * transaction each. The worker sends a batch only once the one before is written,
 * so memory stays flat whatever the file's size. A malformed file fails as
 * `readTmx` fails (an `InputError` with the line and column) after every batch
 * before the error is written.
 */
export function importTmxFile(path: string, write: (batch: PreparedBatch) => AddResult, options: TmxImportOptions = {}): Promise<ImportResult> {
  const {onProgress, ...readOptions} = options
  const worker = startWorker({path: resolve(path), options: readOptions})
  const totals: AddResult = {added: 0, duplicates: 0}
  let settled = false
  const imported = new Promise<ImportResult>((succeed, reject) => {
    const done = (value: ImportResult) => ((settled = true), succeed(value))
    const fail = (error: unknown) => ((settled = true), reject(error))
    worker.on('message', (message: WorkerMessage) => {
      // Batches still queued when the import failed are not written.
      if (settled) return
      if (message.type === 'done') return done({...totals, summary: message.summary})
      if (message.type === 'error') return fail(toError(message.failure))
      try {
        const result = write(message.batch)
        worker.postMessage('written')
        totals.added += result.added
        totals.duplicates += result.duplicates
        onProgress?.({...totals})
      } catch (error) {
        fail(error)
      }
    })
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`importTmx: the reading thread stopped (exit code ${code})`)))
  })
  return imported.finally(() => worker.terminate())
}

/**
 * The worker, from the built `.js` file next to this module; or, when this
 * module runs as TypeScript source (tests, benchmarks), from the `.ts` file
 * through tsx's loader, registered before the worker imports it.
 */
function startWorker(input: WorkerInput): Worker {
  // No inherited options: a parent started with `--input-type` or `-e` would make the worker fail to start.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./tmx-import-worker.js', import.meta.url), {workerData: input, execArgv: []})
  // tsx's ES module API (its CommonJS twin cannot register hooks in a worker on Node 20).
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href
  const source = new URL('./tmx-import-worker.ts', import.meta.url).href
  const code = `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}) })`
  return new Worker(code, {eval: true, workerData: input, execArgv: []})
}

function toError(failure: {code?: string; input?: boolean; message: string}): Error {
  if (failure.input) return new InputError(failure.code ?? 'malformed-xml', failure.message)
  return Object.assign(new Error(failure.message), failure.code === undefined ? {} : {code: failure.code})
}
