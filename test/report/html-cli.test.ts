import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkFiles} from '../../src/check/check-files.js'
import type {CheckReport} from '../../src/check/types.js'
import {renderHtmlReport} from '../../src/report/html-report.js'
import {runCli} from '../helpers/run-cli.js'

const seedJson = path.resolve('test/fixtures-report/seed-report.json')
const seed = JSON.parse(readFileSync(seedJson, 'utf8')) as CheckReport
const scratch = mkdtempSync(path.join(tmpdir(), 'bitext-report-cli-'))

const tr = 'fixtures/iskur-international-relations/tr.txt'
const en = 'fixtures/iskur-international-relations/en.txt'

describe('bitext report <source> <target>', () => {
  it('checks the pair and writes the page of its report', async () => {
    const result = await runCli(['report', tr, en, '-o', path.join(scratch, 'seed.html')])
    expect(result).toStrictEqual({code: 0, stdout: `${path.join(scratch, 'seed.html')}\n`, stderr: ''})
    expect(readFileSync(path.join(scratch, 'seed.html'), 'utf8')).toBe(renderHtmlReport(await checkFiles(tr, en)))
  })

  it('reads the files relative to the working directory, with the given input format', async () => {
    const result = await runCli(['report', 'tr.txt', 'en.txt', '--input-format', 'text'], {cwd: path.resolve('fixtures/iskur-international-relations')})
    const report = await checkFiles(path.resolve(tr), path.resolve(en), {inputFormat: 'text'})
    expect(result).toStrictEqual({code: 0, stdout: renderHtmlReport(report), stderr: ''})
  })

  it('draws the same page from the JSON that check --format json prints: one data model', async () => {
    const json = await runCli(['check', tr, en, '--format', 'json'])
    writeFileSync(path.join(scratch, 'check.json'), json.stdout)
    const fromJson = await runCli(['report', '--json', path.join(scratch, 'check.json')])
    const direct = await runCli(['report', tr, en])
    expect(fromJson).toStrictEqual({code: 0, stdout: direct.stdout, stderr: ''})
    expect(direct.stdout.length).toBeGreaterThan(20_000)
  })

  it('exits 2 on an unknown input format', async () => {
    expect(await runCli(['report', tr, en, '--input-format', 'docx'])).toStrictEqual({
      code: 2, stdout: '', stderr: "bitext: report: --input-format must be one of auto, text, markdown, html, lines, not 'docx'\n"
    })
  })

  it('refuses a pair of 16 MiB or more, which a browser could not open as one page, in one line', async () => {
    // Refused from the sizes alone, before anything is read: 8.5 MB of spaces a side.
    for (const side of ['big-tr.txt', 'big-en.txt']) writeFileSync(path.join(scratch, side), Buffer.alloc(8_500_000, ' '))
    expect(await runCli(['report', 'big-tr.txt', 'big-en.txt'], {cwd: scratch})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: "bitext: report: shows a pair under 16 MiB (both files together); a larger one is checked window by window: use 'bitext check --format json'\n"
    })
  })

  it('passes --since on to the check: a missing file is an input error', async () => {
    const result = await runCli(['report', path.resolve(tr), path.resolve(en), '--since', 'no-such-file.txt'], {cwd: scratch})
    expect(result).toStrictEqual({code: 2, stdout: '', stderr: 'bitext: no-such-file.txt: cannot read the --since file; check the path\n'})
  })
})

describe('bitext report --json', () => {
  it('writes the page of a saved check report and prints its path', async () => {
    const result = await runCli(['report', '--json', seedJson, '-o', 'out/seed.html'], {cwd: scratch})
    const file = path.join(scratch, 'out', 'seed.html')
    expect(result).toStrictEqual({code: 0, stdout: `${file}\n`, stderr: ''})
    expect(readFileSync(file, 'utf8')).toBe(renderHtmlReport(seed))
  })

  it('prints the page on stdout without -o, with the given title', async () => {
    const result = await runCli(['report', '--json', seedJson, '--title', 'Seed'])
    expect(result).toStrictEqual({code: 0, stdout: renderHtmlReport(seed, {title: 'Seed'}), stderr: ''})
  })

  const bad = [
    {name: 'missing.json', content: undefined, error: 'cannot read missing.json'},
    {name: 'broken.json', content: '{"version": 1,', error: 'broken.json is not valid JSON'},
    {
      name: 'other.json',
      content: '{"version": 1, "files": []}',
      error: "other.json is not the JSON report of one pair ('bitext check --format json')"
    }
  ]
  it.each(bad)('exits 2 with one line when the report is $name', async ({name, content, error}) => {
    if (content !== undefined) writeFileSync(path.join(scratch, name), content)
    expect(await runCli(['report', '--json', name], {cwd: scratch})).toStrictEqual({code: 2, stdout: '', stderr: `bitext: ${error}\n`})
  })
})

describe('bitext report usage', () => {
  it('prints help with --help', async () => {
    const result = await runCli(['report', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: bitext report <source> <target> [-o report.html]')
  })

  const misuse = [
    {args: [], error: "report: expected <source> <target>; run 'bitext report --help'"},
    {args: ['a.txt'], error: "report: expected <source> <target>; run 'bitext report --help'"},
    {args: ['a.txt', 'b.txt', 'c.txt'], error: "report: expected <source> <target>; run 'bitext report --help'"},
    {args: ['--json', 'r.json', 'a.txt'], error: 'report: give either <source> <target> or --json, not both'}
  ]
  it.each(misuse)('exits 2 on $args', async ({args, error}) => {
    expect(await runCli(['report', ...args])).toStrictEqual({code: 2, stdout: '', stderr: `bitext: ${error}\n`})
  })

  it("exits 2 on an unknown option, with Node's explanation", async () => {
    const result = await runCli(['report', '--colour'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^bitext: report: Unknown option '--colour'\..*\n$/)
  })
})
