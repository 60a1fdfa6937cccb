import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {openSqliteMemory} from '../../src/memory/sqlite-store.js'
import {toTmx} from '../../src/memory/tmx-write.js'
import {unitKey} from '../../src/memory/unit-key.js'
import type {TranslationMemory} from '../../src/memory/translation-memory.js'
import type {TranslationUnit} from '../../src/memory/types.js'
import {describeStore, joined, wapes, workshops} from './store-behaviour.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-sqlite-'))
let count = 0
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describeStore('SQLite', () => openSqliteMemory(join(folder, `tm-${count++}.sqlite`)))

async function contents(memory: TranslationMemory) {
  const units: TranslationUnit[] = []
  for await (const batch of memory.export()) units.push(...batch)
  return {units, stats: await memory.stats(), consistency: await memory.consistency()}
}

describe('SQLite importTmx, read and prepared in a worker thread', () => {
  it('stores what add stores, and finds the same matches (property)', async () => {
    const word = fc.constantFrom('ev', 'İstanbul', 'ırmak', 'IRMAK', '2015', 'house', 'river', 'the', 'Ev!', '\uE000')
    const sentence = fc.array(word, {minLength: 1, maxLength: 7}).map((words) => words.join(' '))
    /** The k-th placeholder of a text as U+E000 + k, with its tag. */
    const tagged = (text: string) => {
      let k = 0
      const numbered = text.replace(/\uE000/g, () => String.fromCharCode(0xe000 + k++))
      return {text: numbered, tags: Array.from({length: k}, (_, index) => `<ph x="${index}"/>`)}
    }
    const unit = fc.record({source: sentence, target: sentence}).map(({source, target}): TranslationUnit => {
      const [from, to] = [tagged(source), tagged(target)]
      return {
        sourceLang: 'en-GB', targetLang: 'tr-TR', source: from.text, target: to.text, created: '2026-01-01T00:00:00Z',
        ...(from.tags.length > 0 ? {sourceTags: from.tags} : {}), ...(to.tags.length > 0 ? {targetTags: to.tags} : {})
      }
    })
    await fc.assert(
      fc.asyncProperty(fc.array(unit, {maxLength: 40}), fc.integer({min: 1, max: 15}), sentence, async (units, batchSize, query) => {
        const file = join(folder, `random-${count++}.tmx`)
        writeFileSync(file, toTmx(units))
        const imported = await openSqliteMemory(join(folder, `tm-${count++}.sqlite`))
        const added = await openSqliteMemory(join(folder, `tm-${count++}.sqlite`))
        try {
          const {summary: _summary, ...totals} = await imported.importTmx(file, {batchSize})
          let reference = {added: 0, duplicates: 0}
          for (let start = 0; start < units.length; start += batchSize) {
            const result = await added.add(units.slice(start, start + batchSize))
            reference = {added: reference.added + result.added, duplicates: reference.duplicates + result.duplicates}
          }
          expect(totals).toStrictEqual(reference)
          expect(await contents(imported)).toStrictEqual(await contents(added))
          const options = {minScore: 50, limit: 10, sourceLang: 'en', targetLang: 'tr'}
          expect(await imported.lookup(query, options)).toStrictEqual(await added.lookup(query, options))
        } finally {
          await imported.close()
          await added.close()
        }
      }),
      {numRuns: 12}
    )
  })
})

describe('SQLite unit keys', () => {
  const keysOf = (path: string) => {
    const db = new Database(path, {readonly: true})
    try {
      return db.prepare('SELECT key FROM units ORDER BY id').pluck().all() as string[]
    } finally {
      db.close()
    }
  }

  it('keeps the first 11 characters of the unit key', async () => {
    const path = join(folder, `tm-${count++}.sqlite`)
    const memory = await openSqliteMemory(path)
    await memory.add([wapes, joined])
    await memory.close()
    expect(keysOf(path)).toStrictEqual([unitKey(wapes).slice(0, 11), unitKey(joined).slice(0, 11)])
  })

  it('stores a unit whose short key another unit holds under its whole key, and skips its duplicates', async () => {
    const path = join(folder, `tm-${count++}.sqlite`)
    const memory = await openSqliteMemory(path)
    await memory.add([wapes])
    // Another unit with the same 66 bits of key: the one stored is made a different unit.
    const db = new Database(path)
    db.prepare("UPDATE units SET source_key = 'other', target_key = 'unit'").run()
    db.close()
    expect(await memory.add([wapes])).toStrictEqual({added: 1, duplicates: 0})
    expect(await memory.add([wapes, {...wapes, sourceLang: 'tr-TR', targetLang: 'en-GB', source: wapes.target, target: wapes.source}])).toStrictEqual({added: 0, duplicates: 2})
    await memory.close()
    expect(keysOf(path)).toStrictEqual([unitKey(wapes).slice(0, 11), unitKey(wapes)])
  })

  it('shortens the whole keys of a version 1 file once, and still skips their duplicates', async () => {
    const path = join(folder, `tm-${count++}.sqlite`)
    const first = await openSqliteMemory(path)
    await first.add([wapes, joined, workshops])
    await first.close()
    const db = new Database(path)
    const whole = db.prepare('UPDATE units SET key = ? WHERE id = ?')
    for (const [id, unit] of [wapes, joined, workshops].entries()) whole.run(unitKey(unit), id + 1)
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema'").run()
    db.close()
    const reopened = await openSqliteMemory(path)
    expect(await reopened.add([workshops, joined, wapes])).toStrictEqual({added: 0, duplicates: 3})
    await reopened.close()
    expect(keysOf(path)).toStrictEqual([wapes, joined, workshops].map((unit) => unitKey(unit).slice(0, 11)))
    const check = new Database(path, {readonly: true})
    expect(check.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('2')
    check.close()
  })
})

describe('SQLite writes', () => {
  it('stays usable after a batch fails on a locked file, its new words rolled back with it', async () => {
    const path = join(folder, `tm-${count++}.sqlite`)
    const memory = await openSqliteMemory(path, {busyTimeout: 20})
    await memory.add([joined])
    const other = new Database(path)
    other.exec('BEGIN IMMEDIATE')
    await expect(memory.add([wapes])).rejects.toThrow(/locked|busy/i)
    other.exec('ROLLBACK')
    other.close()
    expect(await memory.add([wapes, workshops])).toStrictEqual({added: 2, duplicates: 0})
    const [match] = await memory.lookup(wapes.source, {sourceLang: 'en', targetLang: 'tr'})
    expect([match?.target, match?.score]).toStrictEqual([wapes.target, 100])
    await memory.close()
  })
})

describe('SQLite file', () => {
  const pageSize = (path: string) => {
    const db = new Database(path, {readonly: true})
    try {
      return db.pragma('page_size', {simple: true})
    } finally {
      db.close()
    }
  }

  it('makes new files with 16 KiB pages and keeps the page size of an existing file', async () => {
    const fresh = join(folder, `tm-${count++}.sqlite`)
    await (await openSqliteMemory(fresh)).close()
    const older = join(folder, `tm-${count++}.sqlite`)
    const db = new Database(older)
    // A memory made with 4 KiB pages (SQLite's default), as bitext did before it chose 16 KiB.
    db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', '2')")
    db.close()
    const memory = await openSqliteMemory(older)
    await memory.add([wapes])
    await memory.close()
    expect([pageSize(fresh), pageSize(older)]).toStrictEqual([16_384, 4096])
  })
})
