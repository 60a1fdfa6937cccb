import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** The TMX 1.4 DTD, vendored with the other schemas (see its SOURCE.md). */
export const dtd = join(import.meta.dirname, '..', 'fixtures-report', 'tmx-1.4', 'tmx14.dtd')

/** Whether xmllint is installed (`.ci/run` installs it; the validity tests skip only without it). */
export const canValidate = spawnSync('xmllint', ['--version']).status === 0

/** Validates `xml` against the TMX 1.4 DTD with xmllint; returns its errors, `''` when valid. */
export function dtdErrors(xml: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-tmx-'))
  try {
    writeFileSync(join(folder, 'memory.tmx'), xml)
    const run = spawnSync('xmllint', ['--noout', '--dtdvalid', dtd, join(folder, 'memory.tmx')], {encoding: 'utf8'})
    return run.status === 0 ? '' : run.stderr
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
