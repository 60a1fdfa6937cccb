import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {plural} from '../../src/cli/plural.js'
import {runCli} from '../helpers/run-cli.js'

describe('plural', () => {
  it.each([
    {count: 0, noun: 'unit', expected: '0 units'},
    {count: 1, noun: 'unit', expected: '1 unit'},
    {count: 2, noun: 'duplicate', expected: '2 duplicates'},
    {count: 1, noun: 'language pair', expected: '1 language pair'}
  ] as const)('writes $count $noun as $expected', ({count, noun, expected}) => {
    expect(plural(count, noun)).toBe(expected)
  })
})

describe('the counts bitext prints read as English when there is one', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bitext-plural-'))
  const unit = '<tu><tuv xml:lang="en"><seg>Save the file.</seg></tuv><tuv xml:lang="tr"><seg>Dosyayı kaydedin.</seg></tuv></tu>'
  writeFileSync(path.join(folder, 'one.tmx'), `<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>${unit}</body></tmx>`)

  it('tm import of one unit says 1 unit added and 1 unit read', async () => {
    expect(await runCli(['tm', 'import', 'one.tmx', '--tm', 'tm.sqlite'], {cwd: folder})).toStrictEqual({
      code: 0,
      stdout: '1 unit added, 0 duplicates skipped → tm.sqlite\n',
      stderr: 'tm import: 1 language pair\n  en → tr: 1 unit read\n'
    })
  })

  it('tm stats of that memory says 1 unit for its pair', async () => {
    expect((await runCli(['tm', 'stats', '--tm', 'tm.sqlite'], {cwd: folder})).stdout.split('\n')[1]).toBe('  en → tr: 1 unit')
  })

  it('importing the unit again says 1 duplicate skipped', async () => {
    expect((await runCli(['tm', 'import', 'one.tmx', '--tm', 'tm.sqlite'], {cwd: folder})).stdout).toBe('0 units added, 1 duplicate skipped → tm.sqlite\n')
  })
})
