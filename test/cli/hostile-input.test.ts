import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

const built = path.resolve('dist/cli.js')

function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bitext-hostile-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), text)
  }
  return root
}

function bitext(args: string[], cwd: string, shell?: string) {
  const result = shell === undefined ? spawnSync('node', [built, ...args], {cwd, encoding: 'utf8'}) : spawnSync('bash', ['-c', shell], {cwd, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('the built CLI on hostile or odd input', () => {
  it('refuses a config pattern that leaves the config folder', () => {
    const root = project({'site/bitext.config.json': '{"pairs": ["../outside/{lang}/*.md"]}'})
    expect(bitext(['check'], path.join(root, 'site'))).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: `bitext: bitext.config.json: the pattern "../outside/{lang}/*.md" reaches outside the config's folder; move the files in, or set "allowOutside": true\n`
    })
  })

  it('checks the readable pairs, then names an unreadable file and exits 2', () => {
    const root = project({'bitext.config.json': '{"pairs": ["docs/{lang}/*.md"]}', 'docs/en/a.md': 'One line.\n', 'docs/tr/a.md': 'Bir satır.\n', 'docs/en/b.md': 'Two.\n'})
    symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'docs/tr/b.md'))
    const result = bitext(['check', '--format', 'json'], root)
    // One report left, so --format json prints it alone.
    expect([result.code, (JSON.parse(result.stdout) as {source: {path: string}}).source.path]).toStrictEqual([2, 'docs/en/a.md'])
    expect(result.stderr.split('\n').slice(1)).toStrictEqual(['bitext: docs/tr/b.md: no such file; check the path; the other files were checked', ''])
  })

  it('uses an absolute glossary path of the config as given', () => {
    const elsewhere = project({'terms.csv': 'en,tr\nserver,sunucu\n'})
    const root = project({
      'bitext.config.json': JSON.stringify({pairs: ['docs/{lang}/*.md'], glossary: path.join(elsewhere, 'terms.csv')}),
      'docs/en/a.md': 'Restart the server now.\n',
      'docs/tr/a.md': 'Makineyi şimdi yeniden başlatın.\n'
    })
    const result = bitext(['check', '--format', 'json'], root)
    const rules = (JSON.parse(result.stdout) as {findings: Array<{rule: string}>}).findings.map((finding) => finding.rule)
    expect(rules).toContain('glossary')
  })

  it('ends quietly when the reader closes the pipe', () => {
    const root = project({'big.txt': 'A paragraph with a sentence.\n\n'.repeat(100_000)})
    const result = bitext([], root, `node ${JSON.stringify(built)} parse big.txt --format json | head -1`)
    expect([result.code, result.stdout, result.stderr]).toStrictEqual([0, '{\n', ''])
  }, 60_000)

  it('still exits 1 when a check with errors is cut short by a reader that closes the pipe', () => {
    // Each Turkish paragraph gives another number than its English one: 3,000 errors, and a report far larger than a pipe's buffer.
    const paragraphs = (words: string) => Array.from({length: 3000}, (_, index) => `${words} ${index + 1} ${words}.`).join('\n\n')
    const root = project({'en.md': paragraphs('The office opened'), 'tr.md': paragraphs('Ofis açıldı').replace(/\d+/g, (number) => String(Number(number) + 100_000))})
    const piped = (failOn: string) => bitext([], root, `set -o pipefail; node ${JSON.stringify(built)} check en.md tr.md --format json --fail-on ${failOn} | head -c 100 > /dev/null`)
    expect(piped('error')).toStrictEqual({code: 1, stdout: '', stderr: ''})
    expect(piped('never')).toStrictEqual({code: 0, stdout: '', stderr: ''})
  }, 60_000)

  it('reads a UTF-16LE file without byte-order mark when told its encoding', () => {
    const root = project({'u16.txt': Buffer.from('Merhaba dünya.\n', 'utf16le')})
    const result = bitext(['parse', 'u16.txt', '--encoding', 'utf-16le', '--format', 'json'], root)
    expect([result.code, (JSON.parse(result.stdout) as {blocks: Array<{text: string}>}).blocks.map((block) => block.text)]).toStrictEqual([0, ['Merhaba dünya.']])
  })

  it('gives a Markdown list 1,000 levels deep a one-line error and exit 2', () => {
    const root = project({'deep.md': Array.from({length: 1000}, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n')})
    expect(bitext(['parse', 'deep.md'], root)).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: parseDocument: the markdown document nests more than 100 lists or quotes deep; flatten the nesting, or read it as plain text (--input-format text)\n'
    })
  })

  it('refuses tm lookup --min outside 0-100 with the range its help gives', () => {
    const root = project({})
    expect(bitext(['tm', 'lookup', 'x', '--tm', 'none.db', '--min', '101'], root)).toStrictEqual({code: 2, stdout: '', stderr: "bitext: tm: --min must be a number from 0 to 100, not '101'\n"})
  })

  it('refuses an option of another tm subcommand instead of ignoring it, and names the subcommands that read it', () => {
    const root = project({})
    expect(bitext(['tm', 'stats', '--tm', 'none.db', '--windowed'], root)).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: "bitext: tm stats: --windowed is not one of its options (it is for tm build); see 'bitext tm --help'\n"
    })
    expect(bitext(['tm', 'export', '--tm', 'none.db', '--source-lang', 'tr'], root).stderr).toBe(
      "bitext: tm export: --source-lang is not one of its options (it is for tm build, tm import, tm lookup); see 'bitext tm --help'\n"
    )
  })
})
