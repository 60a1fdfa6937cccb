import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

/** `text` in a single-byte encoding, from the decoder's own table (every character must be in it). */
function encode(text: string, encoding: string): Buffer {
  const decoder = new TextDecoder(encoding)
  const table = new Map(Array.from({length: 256}, (_, byte) => [decoder.decode(new Uint8Array([byte])), byte]))
  return Buffer.from([...text].map((character) => table.get(character) ?? Number.NaN))
}

// The first lines of NTREX-128 in Hungarian and English (CC BY-SA 4.0, see ../shared/corpora/ntrex-multi/SOURCE.md).
const hungarian = readFileSync('../shared/corpora/ntrex-multi/hun.txt', 'utf8').split(/\r?\n/).slice(0, 40).join('\n') + '\n'
const english = readFileSync('../shared/corpora/ntrex-multi/eng.txt', 'utf8').split(/\r?\n/).slice(0, 40).join('\n') + '\n'
const folder = mkdtempSync(path.join(tmpdir(), 'bitext-encodings-'))
writeFileSync(path.join(folder, 'hu.lines'), hungarian.replaceAll('„', '"').replaceAll('”', '"').replaceAll('–', '-'))
writeFileSync(path.join(folder, 'hu-latin2.lines'), encode(readFileSync(path.join(folder, 'hu.lines'), 'utf8'), 'iso-8859-2'))
writeFileSync(path.join(folder, 'en.lines'), english)
const run = (...args: string[]) => runCli(args, {cwd: folder})

describe('a pair whose source is in ISO-8859-2 (Hungarian), its target in UTF-8', () => {
  it('is refused without its encoding, with a line that names the flag and Central European encodings', async () => {
    expect(await run('align', 'hu-latin2.lines', 'en.lines')).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: hu-latin2.lines: not valid UTF-8; give its encoding, e.g. --encoding iso-8859-2 (Central European), windows-1251 (Cyrillic) or windows-1254 (Turkish)\n'
    })
  })

  it('aligns with --source-encoding as the same pair in UTF-8 aligns', async () => {
    const utf8 = await run('align', 'hu.lines', 'en.lines', '--format', 'tsv')
    expect(utf8.stdout.split('\n').length).toBeGreaterThan(40)
    expect(await run('align', 'hu-latin2.lines', 'en.lines', '--format', 'tsv', '--source-encoding', 'iso-8859-2')).toStrictEqual(utf8)
  })

  it('is checked, reported and built into a TM with --encoding for both files (English is ASCII)', async () => {
    const findings = (result: {stdout: string}) => (JSON.parse(result.stdout) as {findings: unknown[]}).findings
    const utf8 = await run('check', 'hu.lines', 'en.lines', '--format', 'json', '--fail-on', 'never')
    const latin2 = await run('check', 'hu-latin2.lines', 'en.lines', '--format', 'json', '--fail-on', 'never', '--encoding', 'iso-8859-2')
    expect(latin2.code).toBe(0)
    expect(findings(latin2)).toStrictEqual(findings(utf8).map((finding) => JSON.parse(JSON.stringify(finding).replaceAll('"hu.lines"', '"hu-latin2.lines"')) as unknown))
    expect((await run('report', 'hu-latin2.lines', 'en.lines', '--encoding', 'iso-8859-2')).stdout).toContain('Nemzetgyűlés')
    const built = await run('tm', 'build', 'hu.lines', 'en.lines', '--tm', 'utf8.sqlite')
    expect(Number(/^(\d+) units added/.exec(built.stdout)?.[1])).toBeGreaterThan(20)
    expect(await run('tm', 'build', 'hu-latin2.lines', 'en.lines', '--source-encoding', 'iso-8859-2', '--tm', 'latin2.sqlite')).toStrictEqual({...built, stdout: built.stdout.replace('utf8.sqlite', 'latin2.sqlite')})
  })

  it('names an unknown encoding in one line, exit 2', async () => {
    expect(await run('check', 'hu-latin2.lines', 'en.lines', '--source-encoding', 'latin-9x')).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: "bitext: hu-latin2.lines: unknown encoding 'latin-9x'; use e.g. utf-8, windows-1254 or iso-8859-9\n"
    })
  })
})
