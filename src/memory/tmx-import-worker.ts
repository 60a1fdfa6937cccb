/**
 * The worker thread of `importTmxFile`: reads and parses the TMX file, prepares
 * the batches, and sends each to the writer once the one before is written: it
 * prepares the next batch while the writer writes, and holds at most that one.
 */
import {createReadStream} from 'node:fs'
import {parentPort, workerData} from 'node:worker_threads'
import {InputError} from '../input-error.js'
import {createPreparer} from './prepare-units.js'
import type {PreparedBatch} from './prepare-units.js'
import type {TmxReadOptions} from './tmx-read.js'
import {readTmx} from './tmx-read.js'
import type {ImportSummary} from './types.js'

/** What the main thread gives the worker. */
export interface WorkerInput {
  path: string
  options: TmxReadOptions
}

/** Messages from the worker: a batch to write, the end, or why it stopped. */
export type WorkerMessage =
  | {type: 'batch'; batch: PreparedBatch}
  | {type: 'done'; summary: ImportSummary}
  | {type: 'error'; failure: {input: boolean; code?: string; message: string}}

/** Batches sent and not yet written, at most. */
const ahead = 1

if (parentPort) void run(parentPort, workerData as WorkerInput)

async function run(parent: NonNullable<typeof parentPort>, {path, options}: WorkerInput): Promise<void> {
  let unwritten = 0
  let wake: (() => void) | undefined
  parent.on('message', () => {
    unwritten--
    wake?.()
  })
  const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parent.postMessage(message, transfer)
  const prepare = createPreparer()
  const summary: ImportSummary = {pairs: [], skipped: {}}
  try {
    for await (const units of readTmx(createReadStream(path, {highWaterMark: 1 << 20}), {...options, summary})) {
      const batch = prepare(units)
      while (unwritten >= ahead) await new Promise<void>((resolve) => (wake = resolve))
      unwritten++
      send({type: 'batch', batch}, transferables(batch))
    }
    send({type: 'done', summary})
  } catch (error) {
    const {code, message} = error as {code?: unknown; message: string}
    send({type: 'error', failure: {input: error instanceof InputError, ...(typeof code === 'string' ? {code} : {}), message}})
  }
}

function transferables(batch: PreparedBatch): ArrayBuffer[] {
  return [batch.ends, batch.tokens, batch.tokenEnds, batch.postingTokens, batch.postingEnds, batch.postings].map((array) => array.buffer as ArrayBuffer)
}
