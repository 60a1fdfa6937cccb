import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {checkProject} from '../../src/check/check-project.js'
import {parseConfig} from '../../src/check/config.js'
import {findPairs} from '../../src/check/find-pairs.js'
import {walkFiles} from '../../src/check/walk-files.js'

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bitext-find-'))
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), text)
  }
  return root
}

const configIn = (root: string, json: object) => parseConfig(JSON.stringify(json), path.join(root, 'bitext.config.json'))

describe('findPairs with glob patterns', () => {
  it('matches brace alternatives such as *.{md,mdx}', async () => {
    const root = project({'docs/en/a.md': 'x', 'docs/tr/a.md': 'x', 'docs/en/b.mdx': 'x', 'docs/tr/b.mdx': 'x', 'docs/en/c.txt': 'x'})
    expect(await findPairs(configIn(root, {pairs: ['docs/{lang}/*.{md,mdx}']}), root)).toStrictEqual([
      {source: 'docs/en/a.md', target: 'docs/tr/a.md'},
      {source: 'docs/en/b.mdx', target: 'docs/tr/b.mdx'}
    ])
  })

  it('pairs on the {lang} place even when the language also appears elsewhere in the path', async () => {
    const root = project({'docs/en/en.md': 'x', 'docs/tr/en.md': 'x'})
    expect(await findPairs(configIn(root, {pairs: ['docs/{lang}/*.md']}), root)).toStrictEqual([{source: 'docs/en/en.md', target: 'docs/tr/en.md'}])
  })

  it('does not walk node_modules or .git', async () => {
    const root = project({'en/a.md': 'x', 'tr/a.md': 'x', 'node_modules/en/b.md': 'x', '.git/en/c.md': 'x', 'en/node_modules/d.md': 'x'})
    expect(await findPairs(configIn(root, {pairs: ['**/{lang}/**/*.md']}), root)).toStrictEqual([{source: 'en/a.md', target: 'tr/a.md'}])
  })

  it('matches a pattern with 40 stars in one name against a 240-letter name at once, where a regex-based matcher backtracks for minutes', async () => {
    const name = `${'a'.repeat(240)}.md`
    const root = project({[`en/${name}`]: 'x', [`tr/${name}`]: 'x', 'en/ab.md': 'x', 'tr/ab.md': 'x'})
    const pairs = await findPairs(configIn(root, {pairs: [`{lang}/${'*a'.repeat(40)}b.md`, '{lang}/*a*b.md']}), root)
    expect(pairs).toStrictEqual([{source: 'en/ab.md', target: 'tr/ab.md'}])
  })

  it('refuses a pattern whose braces expand to more than 1,024 patterns', () => {
    const pattern = `{lang}/${'{a,b}'.repeat(11)}.md`
    expect(() => configIn('/p', {pairs: [pattern]})).toThrow(`/p/bitext.config.json: the pattern "${pattern}" expands to more than 1024 alternatives; use fewer {…,…}`)
  })

  it('matches a pattern with 3 stars in one name against a 250-letter name at once', async () => {
    const name = `${'a'.repeat(250)}.md`
    const root = project({[`en/${name}`]: 'x', [`tr/${name}`]: 'x'})
    const pairs = await findPairs(configIn(root, {pairs: ['**/{lang}/*a*a*ab.md']}), root)
    expect(pairs).toStrictEqual([])
  }, 5000)

  it('walks a symbolic link cycle once instead of forever', async () => {
    const root = project({'docs/en/a.md': 'x', 'docs/tr/a.md': 'x'})
    symlinkSync('..', path.join(root, 'docs/en/loop'))
    expect(await findPairs(configIn(root, {pairs: ['docs/{lang}/**/*.md']}), root)).toStrictEqual([{source: 'docs/en/a.md', target: 'docs/tr/a.md'}])
  })

  it('does not follow a link out of the config folder unless allowOutside, and says so', async () => {
    const outside = project({'secret.md': 'x'})
    const root = project({'docs/en/a.md': 'x', 'docs/tr/a.md': 'x'})
    symlinkSync(outside, path.join(root, 'docs/en/elsewhere'))
    const messages: string[] = []
    const pairs = await findPairs(configIn(root, {pairs: ['docs/{lang}/**/*.md']}), root, {onUnreadable: (message) => messages.push(message)})
    expect([pairs, messages]).toStrictEqual([
      [{source: 'docs/en/a.md', target: 'docs/tr/a.md'}],
      ['docs/en/elsewhere: a link outside the config\'s folder, not followed (set "allowOutside": true to follow it)']
    ])
    const allowed = await findPairs(configIn(root, {pairs: ['docs/{lang}/**/*.md'], allowOutside: true}), root)
    expect(allowed).toStrictEqual([
      {source: 'docs/en/a.md', target: 'docs/tr/a.md'},
      {source: 'docs/en/elsewhere/secret.md', target: null, expected: 'docs/tr/elsewhere/secret.md'}
    ])
  })

  it('reads a pattern outside the config folder when allowOutside is set', async () => {
    const parent = project({'shared/en/a.md': 'x', 'shared/tr/a.md': 'x', 'site/bitext.config.json': '{}'})
    const config = parseConfig('{"pairs": ["../shared/{lang}/*.md"], "allowOutside": true}', path.join(parent, 'site/bitext.config.json'))
    expect(await findPairs(config, path.join(parent, 'site'))).toStrictEqual([
      {source: path.join(parent, 'shared/en/a.md'), target: path.join(parent, 'shared/tr/a.md')}
    ])
  })
})

describe('walkFiles', () => {
  it('names a folder that cannot be listed and goes on with the others', async () => {
    const root = project({'docs/en/a.md': 'x', 'docs/locked/b.md': 'x'})
    const {readdir} = await import('node:fs/promises')
    const listDirectory = async (directory: string) => {
      if (directory.endsWith('locked')) throw Object.assign(new Error('denied'), {code: 'EACCES'})
      return readdir(directory, {withFileTypes: true})
    }
    expect(await walkFiles(root, path.join(root, 'docs'), {listDirectory})).toStrictEqual({
      files: ['docs/en/a.md'],
      unreadable: [{path: 'docs/locked', reason: 'a folder that cannot be listed (EACCES)'}]
    })
  })
})

describe('checkProject with an unreadable file', () => {
  it('checks the other pairs and names the file it could not read', async () => {
    const root = project({'docs/en/a.md': 'One line.\n', 'docs/tr/a.md': 'Bir satır.\n', 'docs/en/b.md': 'Two.\n'})
    symlinkSync(path.join(root, 'nowhere.md'), path.join(root, 'docs/tr/b.md'))
    const messages: string[] = []
    const reports = await checkProject(configIn(root, {pairs: ['docs/{lang}/*.md']}), {cwd: root, onUnreadable: (message) => messages.push(message)})
    expect([reports.map((report) => [report.source.path, report.target.path]), messages]).toStrictEqual([
      [['docs/en/a.md', 'docs/tr/a.md']],
      ['docs/tr/b.md: no such file; check the path']
    ])
  })
})
