import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

/** The TMX 1.4 DTD in the shared folder beside the repository. */
export const dtd = join(process.cwd(), '..', 'shared', 'specs', 'tmx14.dtd')

/** Whether xmllint and the DTD are here (the validity tests skip otherwise). */
export const canValidate = spawnSync('xmllint', ['--version']).status === 0 && existsSync(dtd)

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
