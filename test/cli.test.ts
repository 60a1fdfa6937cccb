import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/run-cli.js'

describe('bitext (no command)', () => {
  it('prints the version with --version', async () => {
    const result = await runCli(['--version'])
    expect(result).toStrictEqual({code: 0, stdout: '0.1.0\n', stderr: ''})
  })

  it('prints help with --help and exits 0', async () => {
    const result = await runCli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: bitext <command> [options]')
  })

  it('exits 2 with a one-line error on an unknown command', async () => {
    const result = await runCli(['frobnicate'])
    expect(result).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: "bitext: unknown command 'frobnicate'; run 'bitext --help' for the list\n"
    })
  })

  it('exits 2 with help when no command is given', async () => {
    const result = await runCli([])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('Commands:')
  })
})

describe('bitext <command> with bad options', () => {
  it.each([
    {argv: ['align', '--frob', 'a', 'b'], command: 'align'},
    {argv: ['check', '--frob', 'a', 'b'], command: 'check'},
    {argv: ['parse', '--frob', 'a'], command: 'parse'},
    {argv: ['report', '--frob', 'a', 'b'], command: 'report'},
    {argv: ['tm', 'stats', '--frob'], command: 'tm'}
  ])('exits 2 with one line that names the option and points at $command --help', async ({argv, command}) => {
    const result = await runCli(argv)
    expect([result.code, result.stdout, result.stderr.split('\n').length]).toStrictEqual([2, '', 2])
    expect(result.stderr).toMatch(new RegExp(`^bitext: ${command}: Unknown option '--frob'\\..*; see 'bitext ${command} --help'\\n$`))
  })

  it('says how to give a value that starts with a dash', async () => {
    const result = await runCli(['tm', 'lookup', 'hello', '--limit', '-1'])
    expect([result.code, result.stdout, result.stderr]).toStrictEqual([2, '', "bitext: tm: --limit takes a value; to give one that starts with a dash, write --limit=-…; see 'bitext tm --help'\n"])
  })
})

describe('bitext --source-lang / --target-lang', () => {
  const seed = ['fixtures/iskur-international-relations/tr.txt', 'fixtures/iskur-international-relations/en.txt']

  it.each(['check', 'align', 'report'])('%s exits 2 when a language is not a language tag', async (command) => {
    const result = await runCli([command, ...seed, '--source-lang', 'x y'])
    expect(result).toStrictEqual({code: 2, stdout: '', stderr: `bitext: ${command}: --source-lang must be a language tag such as tr, en or pt-BR, not 'x y'\n`})
  })

  it('check takes the languages as given and reports the seed pair as detected', async () => {
    const result = await runCli(['check', ...seed, '--source-lang', 'tr', '--target-lang', 'en', '--format', 'json'])
    const report = JSON.parse(result.stdout) as {source: {lang: string}; target: {lang: string}; findings: Array<{rule: string}>}
    expect([report.source.lang, report.target.lang, result.code]).toStrictEqual(['tr', 'en', 1])
    expect(report.findings.map((finding) => finding.rule).sort()).toStrictEqual(['divergent', 'only-in-source', 'only-in-source', 'only-in-target'])
  })
})
