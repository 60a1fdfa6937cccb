import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Baseline} from '../../src/check/baseline.js'
import type {CheckReport} from '../../src/check/types.js'
import {formatJson} from '../../src/report/json.js'
import {runCli} from '../helpers/run-cli.js'
import {englishLines, turkishLines} from '../helpers/split-lines-pair.js'

const tr = 'fixtures/iskur-international-relations/tr.txt'
const en = 'fixtures/iskur-international-relations/en.txt'

function brief(report: CheckReport) {
  return report.findings.map((finding) => [finding.rule, finding.severity, finding.source?.line ?? null, finding.target?.line ?? null])
}

function scratch(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bitext-check-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), text)
  }
  return root
}

describe('bitext check on plain-text files read alike', () => {
  it('finds nothing in a faithful pair of lines whose translation writes two lines as two sentences each', async () => {
    // Read apart, the Turkish was six paragraphs against one English block: four paragraphs without counterpart.
    const root = scratch({'en.txt': `${englishLines.join('\n')}\n`, 'tr.txt': `${turkishLines.join('\n')}\n`})
    const result = await runCli(['check', 'en.txt', 'tr.txt'], {cwd: root})
    expect([result.code, result.stdout, result.stderr]).toStrictEqual([0, 'no divergences found\n', 'bitext: checked 1 pair, 2 files: 0 errors, 0 warnings, 0 info\n'])
  })

  it('reads the pair alike window by window too (--windowed): the same findings, none', async () => {
    const root = scratch({'en.txt': `${englishLines.join('\n')}\n`, 'tr.txt': `${turkishLines.join('\n')}\n`})
    const result = await runCli(['check', 'en.txt', 'tr.txt', '--windowed'], {cwd: root})
    expect([result.code, result.stdout]).toStrictEqual([0, 'no divergences found\n'])
  })

  it('still reports a number changed on one line, at that line', async () => {
    const changed = turkishLines.map((line) => line.replace('3 ay', '4 ay'))
    const root = scratch({'en.txt': `${englishLines.join('\n')}\n`, 'tr.txt': `${changed.join('\n')}\n`})
    const report = JSON.parse((await runCli(['check', 'en.txt', 'tr.txt', '--format', 'json'], {cwd: root})).stdout) as CheckReport
    expect(brief(report)).toStrictEqual([['number-mismatch', 'error', 3, 3]])
  })
})

describe('bitext check on the seed pair', () => {
  it('reports the Baku paragraph, the OIC-PESNET meeting, the Turkic pair and the heading, nothing else', async () => {
    const result = await runCli(['check', tr, en, '--format', 'json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as CheckReport
    expect(brief(report)).toStrictEqual([
      ['only-in-source', 'error', 17, null],
      ['only-in-target', 'error', null, 19],
      ['divergent', 'warning', 27, 27],
      ['only-in-source', 'warning', 35, null]
    ])
    expect(report.findings[0]?.source?.text.startsWith('25-26 Nisan 2013')).toBe(true)
    expect(report.findings[1]?.target?.text.startsWith('3rd Meeting of OIC-PESNET')).toBe(true)
    expect(report.findings[3]?.source?.text).toBe('DİĞER FAALİYETLERİMİZ')
    expect([report.source, report.target, report.summary]).toStrictEqual([
      {path: tr, lang: 'tr', blocks: 21},
      {path: en, lang: 'en', blocks: 20},
      {error: 2, warning: 2, info: 0}
    ])
    expect(report.alignment.beads.length).toBeGreaterThan(0)
  })

  it('prints stylish output by default, grouped per file', async () => {
    const result = await runCli(['check', tr, en])
    expect(result.stdout.split('\n')[0]).toBe(tr)
    expect(result.stdout).toContain('17:1-17:448  error    Paragraph has no counterpart in the target')
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 errors, 2 warnings')
  })

  it.each([
    {failOn: 'error', code: 1},
    {failOn: 'warning', code: 1},
    {failOn: 'never', code: 0}
  ])('exits $code with --fail-on $failOn', async ({failOn, code}) => {
    expect((await runCli(['check', tr, en, '--fail-on', failOn, '--format', 'github'])).code).toBe(code)
  })

  it('writes github, sarif, junit and html', async () => {
    const github = await runCli(['check', tr, en, '--format', 'github'])
    expect(github.stdout.split('\n')[0]).toBe(`::error file=${tr},line=17,col=1,endLine=17,endColumn=448,title=bitext only-in-source::Paragraph has no counterpart in the target`)
    const sarif = JSON.parse((await runCli(['check', tr, en, '--format', 'sarif'])).stdout) as {runs: Array<{results: unknown[]; tool: {driver: {version: string}}}>}
    expect([sarif.runs[0]?.results.length, sarif.runs[0]?.tool.driver.version]).toStrictEqual([4, '0.1.0'])
    expect((await runCli(['check', tr, en, '--format', 'junit'])).stdout).toContain('<testsuites name="bitext check" tests="4" failures="4">')
    expect((await runCli(['check', tr, en, '--format', 'html'])).stdout.startsWith('<!doctype html>')).toBe(true)
  })
})

describe('bitext check usage', () => {
  it.each([
    {args: ['check', tr], stderr: "bitext: check: expected <source> <target>, got 1 file(s); run 'bitext check --help'\n"},
    {args: ['check', tr, en, '--format', 'xml'], stderr: "bitext: check: --format must be one of stylish, json, sarif, github, junit, html; got 'xml'\n"},
    {args: ['check', tr, en, '--fail-on', 'fatal'], stderr: "bitext: check: --fail-on must be one of error, warning, info, never; got 'fatal'\n"},
    {args: ['check', tr, en, '--input-format', 'pdf'], stderr: "bitext: check: --input-format must be one of auto, text, markdown, html, lines, not 'pdf'\n"},
    {args: ['check', 'missing.txt', en], stderr: 'bitext: missing.txt: no such file; check the path\n'}
  ])('exits 2 with one line for $args', async ({args, stderr}) => {
    expect(await runCli(args)).toStrictEqual({code: 2, stdout: '', stderr})
  })

  it('exits 2 with one line on an unknown option', async () => {
    const result = await runCli(['check', tr, en, '--frob'])
    expect([result.code, result.stdout, result.stderr.split('\n').length]).toStrictEqual([2, '', 2])
    expect(result.stderr).toMatch(/^bitext: check: Unknown option '--frob'/)
  })

  it('asks for files or a config when given neither', async () => {
    const result = await runCli(['check'], {cwd: scratch({})})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('bitext: check: expected <source> <target>, or a bitext.config.json with "pairs"; run \'bitext check --help\'\n')
  })

  it('prints help', async () => {
    const result = await runCli(['check', '--help'])
    expect([result.code, result.stdout.split('\n')[0]]).toStrictEqual([0, 'Usage: bitext check [<source> <target>] [options]'])
  })
})

describe('bitext check --format json, written a batch at a time', () => {
  it('prints the same text as formatJson of the report it holds, final newline included', async () => {
    const result = await runCli(['check', tr, en, '--format', 'json'])
    expect(result.stdout).toBe(formatJson([JSON.parse(result.stdout) as CheckReport]))
  })

  it('prints the same text as formatJson of the reports of a config, several pairs in one set', async () => {
    const files = {
      'bitext.config.json': JSON.stringify({source: 'tr', target: 'en', pairs: ['docs/{lang}/*.txt']}),
      'docs/tr/page.txt': readFileSync(tr, 'utf8'),
      'docs/en/page.txt': readFileSync(en, 'utf8'),
      'docs/tr/extra.txt': 'Yalnızca Türkçe olan bir sayfa.\n'
    }
    const result = await runCli(['check', '--format', 'json'], {cwd: scratch(files)})
    const set = JSON.parse(result.stdout) as {files: CheckReport[]}
    expect(set.files).toHaveLength(2)
    expect(result.stdout).toBe(formatJson(set.files))
  })
})

describe('bitext check with a config', () => {
  const files = {
    'bitext.config.json': JSON.stringify({source: 'tr', target: 'en', pairs: ['docs/{lang}/*.txt'], rules: {divergent: 'off'}}),
    'docs/tr/page.txt': readFileSync(tr, 'utf8'),
    'docs/en/page.txt': readFileSync(en, 'utf8'),
    'docs/tr/extra.txt': 'Yalnızca Türkçe olan bir sayfa.\n'
  }

  it('checks every pair, and a file without counterpart is a finding', async () => {
    const result = await runCli(['check', '--format', 'json'], {cwd: scratch(files)})
    const set = JSON.parse(result.stdout) as {files: CheckReport[]; summary: unknown}
    expect(set.files.map((report) => [report.source.path ?? null, report.target.path ?? null, brief(report)])).toStrictEqual([
      ['docs/tr/extra.txt', null, [['only-in-source', 'error', 1, null]]],
      [
        'docs/tr/page.txt',
        'docs/en/page.txt',
        [
          ['only-in-source', 'error', 17, null],
          ['only-in-target', 'error', null, 19],
          ['name-mismatch', 'info', 27, 27],
          ['only-in-source', 'warning', 35, null]
        ]
      ]
    ])
    expect(set.files[0]?.findings[0]?.message).toBe('File has no target counterpart (expected docs/en/extra.txt)')
    expect(set.summary).toStrictEqual({error: 3, warning: 1, info: 1})
    expect(result.code).toBe(1)
  })

  it('suppresses baseline findings, fails only on new ones, and names entries that no longer occur', async () => {
    const root = scratch(files)
    expect((await runCli(['check', '--write-baseline', 'baseline.json', '--format', 'github'], {cwd: root})).code).toBe(0)
    const same = await runCli(['check', '--baseline', 'baseline.json'], {cwd: root})
    expect([same.code, same.stdout, same.stderr]).toStrictEqual([0, 'no divergences found\n', 'bitext: checked 1 pair, 3 files: 0 errors, 0 warnings, 0 info\n'])
    writeFileSync(path.join(root, 'docs/en/extra.txt'), 'A page only in English at first, now translated.\n')
    const later = await runCli(['check', '--baseline', 'baseline.json', '--fail-on', 'info', '--format', 'json'], {cwd: root})
    expect(later.stderr.split('\n')[0]).toBe('bitext: 1 baseline entry no longer occurs (fixed; remove them with --write-baseline):')
    expect(later.stderr).toContain('docs/tr/extra.txt  only-in-source  File has no target counterpart (expected docs/en/extra.txt)')
  })

  it('reports an edited paragraph that was in the baseline as new, without calling its old entry fixed', async () => {
    const root = scratch(files)
    await runCli(['check', '--write-baseline', 'baseline.json'], {cwd: root})
    writeFileSync(path.join(root, 'docs/tr/extra.txt'), 'Yalnızca Türkçe olan, yeniden yazılmış bir sayfa.\n')
    const later = await runCli(['check', '--baseline', 'baseline.json', '--format', 'json'], {cwd: root})
    const entry = (JSON.parse(readFileSync(path.join(root, 'baseline.json'), 'utf8')) as Baseline).findings.find((item) => item.file === 'docs/tr/extra.txt')
    expect(later.code).toBe(1)
    expect((JSON.parse(later.stdout) as {summary: unknown}).summary).toStrictEqual({error: 1, warning: 0, info: 0})
    expect(later.stderr).toBe(
      'bitext: 1 baseline entry was edited since (not fixed: the finding is reported as new):\n' +
        `  ${entry?.fingerprint}  docs/tr/extra.txt  only-in-source  File has no target counterpart (expected docs/en/extra.txt)\n` +
        'bitext: checked 1 pair, 3 files: 1 error, 0 warnings, 0 info\n'
    )
  })

  it('prints baseline entries with their control characters escaped, so none becomes a workflow command', async () => {
    const entry = {fingerprint: 'x\n::error::forged', rule: 'moved', file: 'a\u001B[2J.md', message: 'm'}
    const root = scratch({...files, 'baseline.json': JSON.stringify({version: 1, findings: [entry]})})
    const result = await runCli(['check', '--baseline', 'baseline.json', '--format', 'github'], {cwd: root})
    expect(result.stderr.split('\n').slice(0, 2)).toStrictEqual([
      'bitext: 1 baseline entry no longer occurs (fixed; remove them with --write-baseline):',
      '  x%0A%3A%3Aerror%3A%3Aforged  a\\u{1b}[2J.md  moved  m'
    ])
  })

  it('escapes the colons of a baseline entry that starts with :: under --format github, and only control characters otherwise', async () => {
    // GitHub's runner trims the leading white space of a log line before looking for '::'.
    const entry = {fingerprint: '::error file=x::forged', rule: 'moved', file: 'a,b.md', message: '100%'}
    const root = scratch({...files, 'baseline.json': JSON.stringify({version: 1, findings: [entry]})})
    const github = await runCli(['check', '--baseline', 'baseline.json', '--format', 'github'], {cwd: root})
    expect(github.stderr.split('\n')[1]).toBe('  %3A%3Aerror file=x%3A%3Aforged  a%2Cb.md  moved  100%25')
    const stylish = await runCli(['check', '--baseline', 'baseline.json'], {cwd: root})
    expect(stylish.stderr.split('\n')[1]).toBe('  ::error file=x::forged  a,b.md  moved  100%')
  })

  it('refuses a baseline of another version', async () => {
    const root = scratch({...files, 'baseline.json': '{"version": 2, "findings": []}'})
    expect(await runCli(['check', '--baseline', 'baseline.json'], {cwd: root})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: baseline.json: baseline version 2, this bitext reads version 1; write a new one with --write-baseline\n'
    })
  })

  it('ends every run with a summary line on stderr, so JSON on stdout stays valid', async () => {
    const result = await runCli(['check', '--format', 'json'], {cwd: scratch(files)})
    expect(result.stderr).toBe('bitext: checked 1 pair, 3 files: 3 errors, 1 warning, 1 info\n')
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow()
  })

  it.each([
    {config: '{}', reason: '"pairs" is empty, so nothing would be checked; add a pattern such as "docs/{lang}/**/*.md"'},
    {config: '{"pair": ["docs/{lang}/*.txt"]}', reason: 'unknown key "pair"; did you mean "pairs"?'},
    {config: '{"pairs": ["docs/{lang}/*.txt"], "rule": {}}', reason: 'unknown key "rule"; did you mean "rules"?'},
    {config: '{"pairs": ["docs/{lang}/*.txt"], "glosary": "g.csv"}', reason: 'unknown key "glosary"; did you mean "glossary"?'},
    {config: '{"pairs": ["docs/{lang}/*.txt"], "rules": {"moov": "off"}}', reason: 'unknown rule "moov"; did you mean "moved"?'},
    {config: '{"pairs": ["site/{lang}/*.md"]}', reason: 'no file matches the pattern "site/{lang}/*.md" with {lang} = en or tr; check the patterns'},
    {config: '{"pairs": ["docs/{lang}/*.txt", "docs/{lang}/*.mdx"]}', reason: 'no file matches the pattern "docs/{lang}/*.mdx" with {lang} = en or tr; check the patterns'}
  ])('refuses a config that would check nothing: $config', async ({config, reason}) => {
    const root = scratch({'bitext.config.json': config, 'docs/en/a.txt': 'One.\n', 'docs/tr/a.txt': 'Bir.\n'})
    const result = await runCli(['check'], {cwd: root})
    expect(result).toStrictEqual({code: 2, stdout: '', stderr: `bitext: bitext.config.json: ${reason}\n`})
  })

  it('reports a bad config in one line', async () => {
    const root = scratch({'c.json': '{"pairs": 3}'})
    const result = await runCli(['check', '--config', 'c.json'], {cwd: root})
    expect(result).toStrictEqual({code: 2, stdout: '', stderr: 'bitext: c.json: expected "pairs" to be a list of patterns containing {lang}\n'})
  })
})
