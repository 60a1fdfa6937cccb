import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {readTmx} from '../../src/memory/tmx-read.js'
import type {TranslationUnit} from '../../src/memory/types.js'
import {runCli} from '../helpers/run-cli.js'
import {canValidate, dtdErrors} from './xmllint.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-seed-tm-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
const fixtures = join(process.cwd(), 'fixtures', 'iskur-international-relations')
/** A Python that has translate-toolkit (Debian's python3-translate lives in the system Python). */
const python = ['/usr/bin/python3', 'python3'].find((name) => spawnSync(name, ['-c', 'from translate.storage import tmx']).status === 0)

/** Counts the units translate-toolkit reads from a TMX file. */
function translateToolkitCount(path: string): number {
  const script = 'import sys\nfrom translate.storage import tmx\nprint(len(tmx.tmxfile(open(sys.argv[1], "rb")).units))'
  return Number(spawnSync(python as string, ['-c', script, path], {encoding: 'utf8'}).stdout.trim())
}

describe('the TM of the seed pair (İŞKUR, Turkish → English)', () => {
  const tm = join(folder, 'seed.sqlite')
  const tmx = join(folder, 'seed.tmx')
  const units: TranslationUnit[] = []

  it('builds at least 20 units and exports them as TMX', async () => {
    const built = await runCli(['tm', 'build', join(fixtures, 'tr.txt'), join(fixtures, 'en.txt'), '--tm', tm])
    expect(built.code).toBe(0)
    expect(await runCli(['tm', 'export', '--tm', tm, '-o', tmx])).toStrictEqual({code: 0, stdout: '', stderr: ''})
    for await (const batch of readTmx([readFileSync(tmx)])) units.push(...batch)
    expect(units.length).toBeGreaterThanOrEqual(20)
    expect(built.stdout).toBe(`${units.length} units added, 0 duplicates skipped → ${tm}\n`)
  })

  it('holds the WAPES founding sentence pair', () => {
    const wapes = units.find((unit) => unit.source.startsWith('WAPES, 18 Ekim 1988'))
    expect(wapes?.target.startsWith('WAPES was founded on October 18, 1988')).toBe(true)
    expect([wapes?.sourceLang, wapes?.targetLang]).toStrictEqual(['tr-TR', 'en-GB'])
  })

  it.skipIf(!canValidate)('is valid against the TMX 1.4 DTD', () => {
    expect(dtdErrors(readFileSync(tmx, 'utf8'))).toBe('')
  })

  it.skipIf(python === undefined)('is read by translate-toolkit with the same number of units', () => {
    expect(translateToolkitCount(tmx)).toBe(units.length)
  })

  it('finds the WAPES pair again by fuzzy lookup in English', async () => {
    const result = await runCli(['tm', 'lookup', 'WAPES was founded on October 18, 1988 in Geneva.', '--tm', tm, '--source-lang', 'en', '--target-lang', 'tr', '--format', 'json', '--min', '50'])
    const [best] = JSON.parse(result.stdout) as Array<{target: string}>
    expect(best?.target.startsWith('WAPES, 18 Ekim 1988')).toBe(true)
  })
})
