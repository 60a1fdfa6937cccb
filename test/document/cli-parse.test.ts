import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

const short = 'fixtures/parse/short.txt'
/** The outline, with detection confidences below 1 (franc's, not checkable by hand) masked as `(#)`. */
const outline = `${short}: text, lang tr (1.00), 2 blocks, 1 section, 3 sentences

# Kısa Başlık Örneği
  [0] heading 1, tr (1.00), line 1, 1 sentence
      Kısa Başlık Örneği
  [1] paragraph, tr (#), line 3, 2 sentences
      Bu birinci paragraftır. İkinci cümle buradadır.
`

function masked(stdout: string): string {
  return stdout.replace(/\(0\.\d\d\)/gu, '(#)')
}

describe('bitext parse', () => {
  it('prints an outline by default', async () => {
    const result = await runCli(['parse', short])
    expect({...result, stdout: masked(result.stdout)}).toStrictEqual({code: 0, stdout: outline, stderr: ''})
  })

  it('prints the document model with --format json', async () => {
    const result = await runCli(['parse', short, '--format', 'json'])
    const document = JSON.parse(result.stdout) as {path: string; format: string; blocks: Array<{kind: string; text: string}>}
    expect([result.code, document.path, document.format]).toStrictEqual([0, short, 'text'])
    expect(document.blocks.map((block) => [block.kind, block.text])).toStrictEqual([
      ['heading', 'Kısa Başlık Örneği'],
      ['paragraph', 'Bu birinci paragraftır. İkinci cümle buradadır.']
    ])
  })

  it('passes --lang, --languages, --input-format and --encoding on', async () => {
    const result = await runCli(['parse', short, '--lang', 'az', '--languages', 'en', '--input-format', 'lines', '--encoding', 'utf-8'])
    expect(result.stdout.split('\n')[0]).toBe(`${short}: lines, lang az (1.00), 2 blocks, 1 section, 2 sentences`)
  })

  it('prints an outline of a document without headings', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-cli-'))
    writeFileSync(join(folder, 'plain.txt'), 'Only one paragraph here, and it ends.\nIt goes on.\n')
    const result = await runCli(['parse', 'plain.txt'], {cwd: folder})
    expect(masked(result.stdout)).toBe(
      'plain.txt: text, lang en (1.00), 1 block, 1 section, 2 sentences\n\n(before the first heading)\n' +
        '  [0] paragraph, en (#), lines 1-2, 2 sentences\n' +
        '      Only one paragraph here, and it ends. It goes on.\n'
    )
  })

  it('prints help with --help', async () => {
    const result = await runCli(['parse', '--help'])
    expect([result.code, result.stdout.split('\n')[0]]).toStrictEqual([0, 'Usage: bitext parse <file> [options]'])
  })

  const errors = [
    {args: ['parse'], stderr: "bitext: parse takes exactly one file: bitext parse <file>; see 'bitext parse --help'\n"},
    {args: ['parse', short, '--format', 'xml'], stderr: "bitext: parse: --format must be json or text, not 'xml'\n"},
    {
      args: ['parse', short, '--input-format', 'pdf'],
      stderr: "bitext: parse: --input-format must be one of auto, text, markdown, html, lines, not 'pdf'\n"
    },
    {args: ['parse', 'no/such/file.txt'], stderr: 'bitext: no/such/file.txt: no such file; check the path\n'},
    {args: ['parse', 'fixtures'], stderr: 'bitext: fixtures: is a directory, not a file; give the path of a file\n'},
    {
      args: ['parse', short, '--encoding', 'klingon'],
      stderr: "bitext: fixtures/parse/short.txt: unknown encoding 'klingon'; use e.g. utf-8, windows-1254 or iso-8859-9\n"
    }
  ]

  it.each(errors)('exits 2 with one line on stderr for $args', async ({args, stderr}) => {
    expect(await runCli(args)).toStrictEqual({code: 2, stdout: '', stderr})
  })

  it('exits 2 with one line for an unknown option', async () => {
    const result = await runCli(['parse', short, '--frobnicate'])
    expect([result.code, result.stdout, result.stderr.split('\n').length]).toStrictEqual([2, '', 2])
    expect(result.stderr).toMatch(/^bitext: parse: Unknown option '--frobnicate'/u)
  })

  it('prints an empty outline for an empty file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-cli-'))
    writeFileSync(join(folder, 'empty.txt'), '')
    expect(await runCli(['parse', 'empty.txt'], {cwd: folder})).toStrictEqual({
      code: 0,
      stdout: 'empty.txt: text, lang und (0.00), 0 blocks, 0 sections, 0 sentences\n',
      stderr: ''
    })
  })

  it('exits 2 with "not a text file" for a binary file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-cli-'))
    writeFileSync(join(folder, 'data.bin'), Uint8Array.from([0, 1, 2, 3]))
    expect(await runCli(['parse', 'data.bin'], {cwd: folder})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: data.bin: not a text file (it holds binary data)\n'
    })
  })
})

/** The built binary; `BITEXT_CLI` points at another build. */
const built = process.env['BITEXT_CLI'] ?? new URL('../../dist/cli.js', import.meta.url).pathname

describe.skipIf(!existsSync(built))('the built bitext binary', () => {
  it('prints the outline of a file', () => {
    expect(masked(execFileSync(process.execPath, [built, 'parse', short], {encoding: 'utf8'}))).toBe(outline)
  })

  it('exits 2 with one line and no stack trace for a missing file', () => {
    const result = spawnSync(process.execPath, [built, 'parse', 'missing.txt'], {encoding: 'utf8'})
    expect([result.status, result.stdout, result.stderr]).toStrictEqual([2, '', 'bitext: missing.txt: no such file; check the path\n'])
  })
})
