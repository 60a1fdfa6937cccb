import type {Stats} from 'node:fs'
import {statSync} from 'node:fs'
import {dirname} from 'node:path'
import {InputError} from '../input-error.js'

/**
 * What opening the SQLite file at `path` failed on, as an `InputError` when the path is the
 * caller's to fix (a folder, a folder that does not exist, a file SQLite cannot open, a file that is
 * not a database, which is left untouched); any other error as it is.
 */
export function sqliteOpenError(error: unknown, path: string): unknown {
  if (!(error instanceof Error)) return error
  const code = (error as {code?: unknown}).code
  if (code === 'SQLITE_NOTADB') return new InputError('not-a-memory', `${path}: not an SQLite file, so not a bitext translation memory; it was left untouched`)
  if (error.message.includes('directory does not exist')) {
    return new InputError('not-found', `${path}: the folder ${dirname(path)} does not exist; create it first, or give another path`)
  }
  if (code !== 'SQLITE_CANTOPEN') return error
  if (isDirectory(path)) return new InputError('is-directory', `${path}: is a directory, not a file; give the path of a file`)
  if (exists(dirname(path)) && !isDirectory(dirname(path))) return new InputError('not-found', `${path}: ${dirname(path)} is a file, not a folder; give another path`)
  return new InputError('cannot-open', `${path}: SQLite cannot open the file (check its permissions and those of its folder)`)
}

function isDirectory(path: string): boolean {
  return statOf(path)?.isDirectory() ?? false
}

function exists(path: string): boolean {
  return statOf(path) !== undefined
}

/** The path's stats, or `undefined` when it cannot be read (missing, under a file, …). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
