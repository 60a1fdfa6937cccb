import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import {InputError} from '../../src/input-error.js'
import {afterAll, describe, expect, it} from 'vitest'
import {openSqliteMemory} from '../../src/memory/sqlite-store.js'
import {toTmx} from '../../src/memory/tmx-write.js'
import {unitKey} from '../../src/memory/unit-key.js'
import type {TranslationMemory} from '../../src/memory/translation-memory.js'
import type {TranslationUnit} from '../../src/memory/types.js'
import {describeStore, joined, spaceless, wapes, workshops} from './store-behaviour.js'

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

  it('refuses a path it cannot open as an input error: a folder, a missing folder, a file for a folder, a file that is no database (left untouched)', async () => {
    const notDatabase = join(folder, `not-a-database-${count++}.sqlite`)
    writeFileSync(notDatabase, 'not an SQLite file\n')
    const cases: Array<[string, boolean, string, string]> = [
      [folder, false, 'is-directory', `${folder}: is a directory, not a file; give the path of a file`],
      [join(folder, 'missing', 'tm.sqlite'), false, 'not-found', `${join(folder, 'missing', 'tm.sqlite')}: the folder ${join(folder, 'missing')} does not exist; create it first, or give another path`],
      [join(notDatabase, 'tm.sqlite'), false, 'not-found', `${join(notDatabase, 'tm.sqlite')}: ${notDatabase} is a file, not a folder; give another path`],
      [notDatabase, false, 'not-a-memory', `${notDatabase}: not an SQLite file, so not a bitext translation memory; it was left untouched`],
      [notDatabase, true, 'not-a-memory', `${notDatabase}: not an SQLite file, so not a bitext translation memory; it was left untouched`]
    ]
    for (const [path, readOnly, code, message] of cases) {
      const error = await openSqliteMemory(path, {readOnly}).then(() => undefined, (thrown: unknown) => thrown)
      expect(error).toBeInstanceOf(InputError)
      expect([(error as InputError).code, (error as InputError).message]).toStrictEqual([code, message])
    }
    expect(readFileSync(notDatabase, 'utf8')).toBe('not an SQLite file\n')
  })

  it('refuses to read a version 1 file without converting it, and says how to convert it', async () => {
    const path = join(folder, `tm-${count++}.sqlite`)
    await (await openSqliteMemory(path)).close()
    const db = new Database(path)
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema'").run()
    db.close()
    await expect(openSqliteMemory(path, {readOnly: true})).rejects.toThrow(
      'openSqliteMemory: the file has schema 1 and this bitext reads 2 to 3; open it once for writing (tm import) to convert it, or upgrade bitext'
    )
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
    expect(check.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('3')
    check.close()
  })

  /** Each unit's source and target tokens, as texts, read back through the file's token table. */
  function tokenTexts(path: string): string[][] {
    const db = new Database(path, {readonly: true})
    const texts = new Map((db.prepare('SELECT id, text FROM tokens').raw().all() as Array<[number, string]>).map(([id, text]) => [id, text]))
    const rows = db.prepare('SELECT source_tokens, target_tokens, source_count, target_count FROM units ORDER BY id').raw().all() as Array<[Buffer, Buffer, number, number]>
    db.close()
    const read = (blob: Buffer) => [...new Int32Array(Uint8Array.from(blob).buffer)].map((id) => texts.get(id) ?? `?${id}`)
    return rows.flatMap(([source, target, sourceCount, targetCount]) => [[...read(source), String(sourceCount)], [...read(target), String(targetCount)]])
  }

  it('rebuilds the word index of a version 2 file with Han or kana text once, as a new file indexes the same units', async () => {
    const [fresh, old] = [join(folder, `tm-${count++}.sqlite`), join(folder, `tm-${count++}.sqlite`)]
    for (const path of [fresh, old]) {
      const memory = await openSqliteMemory(path)
      await memory.add([...spaceless, wapes])
      await memory.close()
    }
    // What version 2 left: the clause as one token, and an index that the rebuild must replace whole.
    const db = new Database(old)
    db.exec("DELETE FROM postings; UPDATE units SET source_tokens = x'', target_tokens = x'', source_count = 0, target_count = 0")
    db.prepare("INSERT INTO tokens (id, lang, text, df) VALUES (999, 'zh', '他们对这个名称不太满意', 1)").run()
    db.prepare("UPDATE meta SET value = '2' WHERE key = 'schema'").run()
    db.close()
    const reopened = await openSqliteMemory(old)
    const query = '他们对这个名字不太满意。'
    const [match] = await reopened.lookup(query, {sourceLang: 'zh-CN', targetLang: 'en'})
    await reopened.close()
    expect(tokenTexts(old)).toStrictEqual(tokenTexts(fresh))
    expect(tokenTexts(old)[0]).toStrictEqual(['他', '们', '对', '这', '个', '名', '称', '不', '太', '满', '意', '11'])
    const original = await openSqliteMemory(fresh, {readOnly: true})
    expect(match).toStrictEqual((await original.lookup(query, {sourceLang: 'zh-CN', targetLang: 'en'}))[0])
    await original.close()
    expect(match?.score).toBe(90.9)
  })

  it('reads a version 2 file without such text as it is, and leaves its index as it is when opened for writing', async () => {
    const path = join(folder, `tm-${count++}.sqlite`)
    const memory = await openSqliteMemory(path)
    await memory.add([wapes, joined, workshops])
    await memory.close()
    const before = tokenTexts(path)
    const db = new Database(path)
    db.prepare("UPDATE meta SET value = '2' WHERE key = 'schema'").run()
    const tokens = db.prepare('SELECT * FROM tokens ORDER BY id').all()
    db.close()
    // Read-only, it is read as it is: a Turkish-English memory needs no conversion to be looked up.
    const readOnly = await openSqliteMemory(path, {readOnly: true})
    expect((await readOnly.lookup(wapes.source, {sourceLang: 'en-GB', targetLang: 'tr-TR'}))[0]?.score).toBe(100)
    await readOnly.close()
    await (await openSqliteMemory(path)).close()
    const after = new Database(path, {readonly: true})
    expect(after.prepare('SELECT * FROM tokens ORDER BY id').all()).toStrictEqual(tokens)
    expect(after.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()).toBe('3')
    after.close()
    expect(tokenTexts(path)).toStrictEqual(before)
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
