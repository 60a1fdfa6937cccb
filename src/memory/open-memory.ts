import {createMemory} from './memory-store.js'
import type {TranslationMemory} from './translation-memory.js'

/**
 * Opens the store a location names: `postgres://…` or `postgresql://…` →
 * PostgreSQL, `:memory:` (the default) → in memory, anything else → an
 * SQLite file. The drivers are loaded only for their store.
 *
 * @example
 *   const memory = await openTranslationMemory('bitext-tm.sqlite')
 */
export async function openTranslationMemory(location = ':memory:', options: OpenMemoryOptions = {}): Promise<TranslationMemory> {
  if (typeof location !== 'string') throw new TypeError("openTranslationMemory: expected `location` to be a path, a postgres:// URL or ':memory:'")
  if (location === ':memory:') return createMemory()
  if (/^postgres(?:ql)?:\/\//i.test(location)) return (await import('./pg-store.js')).openPostgresMemory(location)
  return (await import('./sqlite-store.js')).openSqliteMemory(location, options)
}

/** Options of `openTranslationMemory`. */
export interface OpenMemoryOptions {
  /** An SQLite file opened for reading only (lookups, stats, export), so that a read-only file serves too. Default `false`. */
  readOnly?: boolean
}
