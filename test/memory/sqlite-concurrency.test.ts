import {spawn} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {createMemory} from '../../src/memory/memory-store.js'
import {openSqliteMemory} from '../../src/memory/sqlite-store.js'
import {toTmx} from '../../src/memory/tmx-write.js'
import type {TranslationUnit} from '../../src/memory/types.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-sqlite-writers-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** A writer process: 30 batches of 20 units; words of its own, and units shared with the other writer. */
const writer = `
  const {openSqliteMemory} = await import('./src/memory/sqlite-store.ts')
  const [path, name] = process.argv.slice(1)
  const memory = await openSqliteMemory(path)
  for (let batch = 0; batch < 30; batch++) {
    const units = Array.from({length: 20}, (_, i) => {
      const n = batch * 20 + i
      const own = n % 3 !== 0
      const source = own ? name + 'word' + n + ' shared text ' + (n % 7) : 'common sentence number ' + n
      return {source, target: 'çeviri ' + source, sourceLang: 'en-GB', targetLang: 'tr-TR'}
    })
    await memory.add(units)
  }
  await memory.close()`

/** Runs `code` (ES module, TypeScript through tsx) in a process of its own with `args`; its exit code. */
function runScript(code: string, ...args: string[]): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, ...args], {stdio: 'inherit'})
  return new Promise((done) => child.on('exit', (exit) => done(exit ?? -1)))
}

/**
 * The file two writers of 600 units each filled: 400 of each writer's own, 200 shared, so 1,000 stored
 * once; and lookups equal to an exhaustive scan of those units, so the shared token ids are consistent.
 */
async function expectStoredOnceAndConsistent(path: string): Promise<void> {
  const memory = await openSqliteMemory(path)
  const units: TranslationUnit[] = []
  for await (const batch of memory.export()) units.push(...batch)
  expect(units.length).toBe(1000)
  const reference = createMemory()
  await reference.add(units)
  for (const query of ['alphaword5 shared text 5', 'betaword7 shared text', 'common sentence number 9', 'shared text 3']) {
    const options = {minScore: 50, limit: 50}
    expect(await memory.lookup(query, options)).toStrictEqual(await reference.scan(query, options))
  }
  await memory.close()
}

describe('the SQLite store with two writer processes', () => {
  it('stores every unit once and keeps the index consistent', async () => {
    const path = join(folder, 'shared.sqlite')
    expect(await Promise.all([runScript(writer, path, 'alpha'), runScript(writer, path, 'beta')])).toStrictEqual([0, 0])
    await expectStoredOnceAndConsistent(path)
  })
})

describe('the SQLite store with two processes importing TMX files at once', () => {
  it('stores every unit once and keeps the index consistent', async () => {
    const path = join(folder, 'imported.sqlite')
    const files = ['alpha', 'beta'].map((name) => {
      // The units the writer script above adds, as a TMX file.
      const units = Array.from({length: 600}, (_, n) => {
        const source = n % 3 !== 0 ? name + 'word' + n + ' shared text ' + (n % 7) : 'common sentence number ' + n
        return {source, target: 'çeviri ' + source, sourceLang: 'en-GB', targetLang: 'tr-TR'}
      })
      const file = join(folder, `${name}.tmx`)
      writeFileSync(file, toTmx(units))
      return file
    })
    const importer = `
      const {openSqliteMemory} = await import('./src/memory/sqlite-store.ts')
      const memory = await openSqliteMemory(process.argv[1])
      await memory.importTmx(process.argv[2], {batchSize: 20})
      await memory.close()`
    expect(await Promise.all(files.map((file) => runScript(importer, path, file)))).toStrictEqual([0, 0])
    await expectStoredOnceAndConsistent(path)
  }, 60_000)
})

describe('the SQLite store opened by two processes at the same moment', () => {
  it('switches a new file to WAL in both, neither failing with "database is locked"', async () => {
    const opener = `
      const {openSqliteMemory} = await import('./src/memory/sqlite-store.ts')
      const memory = await openSqliteMemory(process.argv[1])
      await memory.close()`
    const open = (path: string) => runScript(opener, path)
    const codes = []
    for (let round = 0; round < 8; round++) {
      const path = join(folder, `race-${round}.sqlite`)
      codes.push(...(await Promise.all([open(path), open(path)])))
    }
    expect(codes).toStrictEqual(Array.from({length: 16}, () => 0))
  }, 120_000)
})

describe('the SQLite store when its process is killed during an import', () => {
  it('keeps whole batches only and an intact file', async () => {
    const path = join(folder, 'killed.sqlite')
    const importer = `
      const {openSqliteMemory} = await import('./src/memory/sqlite-store.ts')
      const memory = await openSqliteMemory(process.argv[1])
      for (let batch = 0; ; batch++) {
        const units = Array.from({length: 100}, (_, i) => ({source: 'unit ' + batch + ' ' + i, target: 'birim ' + batch + ' ' + i, sourceLang: 'en', targetLang: 'tr'}))
        await memory.add(units)
        if (batch === 2) console.log('running')
      }`
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', importer, path], {stdio: ['ignore', 'pipe', 'inherit']})
    await new Promise((done) => child.stdout.once('data', done))
    await new Promise((done) => setTimeout(done, 200))
    child.kill('SIGKILL')
    await new Promise((done) => child.on('exit', done))
    const {default: Database} = await import('better-sqlite3')
    const db = new Database(path)
    const check = db.pragma('integrity_check', {simple: true})
    const units = (db.prepare('SELECT count(*) AS n FROM units').get() as {n: number}).n
    db.close()
    expect([check, units >= 300, units % 100]).toStrictEqual(['ok', true, 0])
  })
})
