import {InputError} from '../input-error.js'
import type {TranslationMemory} from './translation-memory.js'

/** Node and PostgreSQL codes of a server that cannot be reached or went away (57P01-57P03: shutting down, cannot connect now). */
const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03'])

/** Whether an error means the server is unreachable or stopped, rather than a mistake in a query. */
function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as {code?: string}).code
  return (code !== undefined && connectionCodes.has(code)) || /Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message)
}

/**
 * The one-line `InputError` for a server that is unreachable or stopped, naming
 * the address without its password; other errors are returned unchanged.
 */
export function connectionError(error: unknown, url: string): unknown {
  if (!isConnectionError(error)) return error
  const where = url.replace(/\/\/([^:@/]*):[^@/]*@/u, '//$1:***@')
  return new InputError('database-unavailable', `PostgreSQL at ${where}: ${(error as Error).message}; is the server running? (An import keeps the batches it committed before the failure.)`)
}

/** A memory whose methods turn connection failures into `connectionError`s. */
export function guardConnection(memory: TranslationMemory, url: string): TranslationMemory {
  const guarded = {...memory}
  for (const key of Object.keys(memory) as Array<keyof TranslationMemory>) {
    if (key === 'export' || key === 'close') continue
    const method = memory[key] as (...args: unknown[]) => Promise<unknown>
    ;(guarded as Record<string, unknown>)[key] = (...args: unknown[]) => method(...args).catch((error: unknown) => Promise.reject(connectionError(error, url)))
  }
  guarded.export = async function* (options) {
    try {
      yield* memory.export(options)
    } catch (error) {
      throw connectionError(error, url)
    }
  }
  return guarded
}
