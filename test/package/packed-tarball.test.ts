import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {toTmx} from '../../src/memory/tmx-write.js'

const root = path.resolve(import.meta.dirname, '../..')
const built = existsSync(path.join(root, 'dist', 'index.js'))
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})

describe.skipIf(!built)('the packed tarball, installed in a scratch folder', () => {
  let scratch = ''

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'bitext-pack-'))
    npm(['pack', '--silent', '--pack-destination', scratch], root)
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack made no tarball')
    writeFileSync(path.join(scratch, 'package.json'), '{"name": "scratch", "private": true}\n')
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--omit=peer', `./${tarball}`], scratch)
    // The SQLite driver is an optional peer: link the one already built here rather than build it again.
    // --ignore-scripts: npm would otherwise run its install script in that folder, rebuilding the native
    // module in place under every other test (and worktree) that uses it at the time.
    npm(['install', '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', path.join(root, 'node_modules', 'better-sqlite3')], scratch)
    writeFileSync(path.join(scratch, 'two.tmx'), toTmx([
      {source: 'Merhaba dünya', target: 'Hello world', sourceLang: 'tr', targetLang: 'en'},
      {source: 'İyi günler', target: 'Good day', sourceLang: 'tr', targetLang: 'en'}
    ]))
  }, 180_000)

  afterAll(() => {
    if (scratch) rmSync(scratch, {recursive: true, force: true})
  })

  const node = (code: string, type: 'module' | 'commonjs') =>
    execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], {cwd: scratch, encoding: 'utf8'})

  it('imports as ESM and exposes parseDocument', () => {
    expect(node("import {parseDocument} from 'bitext'; console.log(typeof parseDocument)", 'module')).toBe('function\n')
  })

  it('requires from CommonJS and exposes parseDocument (Node ≥ 20.19 requires the ESM build)', () => {
    expect(node("console.log(typeof require('bitext').parseDocument)", 'commonjs')).toBe('function\n')
  })

  it('ships one build, ESM, and no CommonJS copy', () => {
    const dist = readdirSync(path.join(scratch, 'node_modules', 'bitext', 'dist'))
    expect(dist.filter((name) => name.endsWith('.cjs') || name.endsWith('.d.cts'))).toStrictEqual([])
    expect(dist).toContain('index.js')
  })

  it('writes TMX from CommonJS with the package version as creationtoolversion', () => {
    const code =
      "const {toTmx} = require('bitext'); const v = require('bitext/package.json').version; " +
      "console.log(toTmx([{source: 'Merhaba', target: 'Hello', sourceLang: 'tr', targetLang: 'en'}]).includes('creationtoolversion=\"' + v + '\"'))"
    expect(node(code, 'commonjs')).toBe('true\n')
  })

  it('imports a TMX file into SQLite through the worker thread shipped in dist, from ESM and from CommonJS', () => {
    const esm = "import {openSqliteMemory} from 'bitext'; const memory = await openSqliteMemory('esm.sqlite'); " +
      "console.log(JSON.stringify(await memory.importTmx('two.tmx'))); await memory.close()"
    const cjs = "require('bitext').openSqliteMemory('cjs.sqlite').then(async (memory) => { " +
      "console.log(JSON.stringify(await memory.importTmx('two.tmx'))); await memory.close() })"
    const result = '{"added":2,"duplicates":0,"summary":{"pairs":[{"sourceLang":"tr","targetLang":"en","units":2}],"skipped":{}}}\n'
    expect(node(esm, 'module')).toBe(result)
    expect(node(cjs, 'commonjs')).toBe(result)
  })

  it('ships only dist, package.json, README, licence and the config schema', () => {
    const files = readdirSync(path.join(scratch, 'node_modules', 'bitext')).sort()
    expect(files.filter((name) => !['dist', 'package.json', 'README.md', 'LICENSE'].includes(name))).toStrictEqual(['bitext.config.schema.json'])
  })

  it('installs a working bitext binary', () => {
    const bin = path.join(scratch, 'node_modules', '.bin', 'bitext')
    expect(execFileSync(bin, ['--version'], {encoding: 'utf8'})).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
