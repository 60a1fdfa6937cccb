import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

function project(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bitext-init-'))
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), '# Title\n')
  }
  return root
}

describe('bitext init', () => {
  it.each([
    {files: ['docs/en/a.md', 'docs/tr/a.md'], pairs: ['docs/{lang}/**/*.md']},
    {files: ['guide.en.md', 'guide.tr.md', 'node_modules/x/y.tr.md'], pairs: ['**/*.{lang}.md']},
    {files: ['docs/en/a.md', 'docs/tr/a.md', 'intro/setup.en.md', 'intro/setup.tr.md'], pairs: ['docs/{lang}/**/*.md', '**/*.{lang}.md']}
  ])('writes a config for $files that bitext check then reads', async ({files, pairs}) => {
    const root = project(files)
    expect(await runCli(['init'], {cwd: root})).toStrictEqual({code: 0, stdout: `wrote bitext.config.json: ${pairs.join(', ')}\n`, stderr: ''})
    expect(JSON.parse(readFileSync(path.join(root, 'bitext.config.json'), 'utf8'))).toStrictEqual({
      $schema: './node_modules/bitext/bitext.config.schema.json',
      source: 'en',
      target: 'tr',
      pairs
    })
    expect((await runCli(['check', '--fail-on', 'never'], {cwd: root})).code).toBe(0)
  })

  it('says how to check a README.tr.md whose source has no language in its name', async () => {
    const root = project(['README.md', 'README.tr.md'])
    expect(await runCli(['init'], {cwd: root})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr:
        "bitext: README.tr.md pairs with no README.en.md; rename its source to README.en.md, or run 'bitext check README.md README.tr.md'\n" +
        'bitext: init: found no translated files (docs/en + docs/tr, or *.en.md beside *.tr.md); write bitext.config.json by hand (README, Configuration)\n'
    })
  })

  it('does not overwrite a config without --force', async () => {
    const root = project(['docs/en/a.md', 'docs/tr/a.md', 'bitext.config.json'])
    expect(await runCli(['init'], {cwd: root})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: "bitext: init: bitext.config.json exists; edit it, or run 'bitext init --force' to replace it\n"
    })
    expect((await runCli(['init', '--force'], {cwd: root})).code).toBe(0)
  })
})
