import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Vitest's global setup: one temporary folder for the whole run, made the temporary directory of
 * the test workers and of the commands they start (`TMPDIR`), and removed at the end, so that the
 * folders and files tests make there (projects, TMs, spools of the built CLI) do not pile up.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'bitext-tests-'))
  const previous = process.env['TMPDIR']
  process.env['TMPDIR'] = root
  return () => {
    if (previous === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = previous
    rmSync(root, {recursive: true, force: true})
  }
}
