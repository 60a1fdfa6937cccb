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
 * PostgreSQL codes of a connection the URL or the server's rights refuse: no such database
 * (3D000), a wrong password (28P01), a role or address the server does not accept (28000), a right
 * the user lacks, such as creating the schema or `pg_trgm` (42501).
 */
const accessCodes = new Set(['3D000', '28P01', '28000', '42501'])

/**
 * The one-line `InputError` for a server that is unreachable or stopped (`database-unavailable`),
 * or that refuses the URL's database, user or password, or a right the memory needs
 * (`database-access`), naming the address without its password; other errors are returned unchanged.
 */
export function connectionError(error: unknown, url: string): unknown {
  const where = url.replace(/\/\/([^:@/]*):[^@/]*@/u, '//$1:***@')
  if (error instanceof Error && accessCodes.has(String((error as {code?: unknown}).code))) {
    return new InputError('database-access', `PostgreSQL at ${where}: ${error.message}; check the database, user and password in the URL, and the user's rights`)
  }
  if (!isConnectionError(error)) return error
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
