import pg from 'pg'
import {afterAll, describe, expect, it} from 'vitest'
import {openPostgresMemory} from '../../src/memory/pg-store.js'
import {foldCase} from '../../src/text/fold-case.js'
import {describeStore, spaceless, wapes} from './store-behaviour.js'

const url = process.env.BITEXT_TEST_PG_URL
const schemas: string[] = []

if (url === undefined) {
  describe('PostgreSQL store', () => {
    it.skip('needs BITEXT_TEST_PG_URL: run `eval "$(scripts/pg-test-server.sh start)"` first (skipped)', () => {})
  })
} else {
  afterAll(async () => {
    const client = new pg.Client({connectionString: url})
    await client.connect()
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  })
  describe('PostgreSQL schema', () => {
    it('refuses a database whose schema is newer than this bitext, and leaves it as it is', async () => {
      const schema = `bitext_test_${process.pid}_newer`
      schemas.push(schema)
      await (await openPostgresMemory(url, {schema})).close()
      const client = new pg.Client({connectionString: url})
      await client.connect()
      await client.query(`UPDATE "${schema}".meta SET value = '99' WHERE key = 'schema'`)
      await expect(openPostgresMemory(url, {schema})).rejects.toThrow(
        "openPostgresMemory: the database has schema 99, newer than this bitext's 2; upgrade bitext"
      )
      const {rows} = await client.query(`SELECT value FROM "${schema}".meta WHERE key = 'schema'`)
      await client.end()
      expect(rows).toStrictEqual([{value: '99'}])
    })
  })
  describe('PostgreSQL schema 1', () => {
    /** How schema 1 folded a side: a run of Han or kana letters was one token. */
    const foldedBefore = (text: string, lang: string) => ` ${(foldCase(text.normalize('NFC'), lang).match(/\p{Nd}+(?:[.,]\p{Nd}+)*|[\p{L}\p{M}\p{Nd}]+/gu) ?? []).join(' ')} `
    const dump = async (client: pg.Client, schema: string) => ({
      units: (await client.query(`SELECT source_folded, target_folded, source_count, target_count FROM "${schema}".units ORDER BY id`)).rows,
      tokens: (await client.query(`SELECT lang, text, df FROM "${schema}".tokens ORDER BY lang, text`)).rows
    })

    it('tokenises the Han and kana units of a version 1 database again, as a new database holds them', async () => {
      const [fresh, old] = [`bitext_test_${process.pid}_fresh`, `bitext_test_${process.pid}_old`]
      schemas.push(fresh, old)
      for (const schema of [fresh, old]) {
        const memory = await openPostgresMemory(url, {schema})
        await memory.add([...spaceless, wapes])
        await memory.close()
      }
      const client = new pg.Client({connectionString: url})
      await client.connect()
      try {
        // Version 1's folded sides and token frequencies (a side counts each of its tokens once).
        const {rows} = await client.query(`SELECT id, source, target, source_lang, target_lang FROM "${old}".units`)
        await client.query(`DELETE FROM "${old}".tokens`)
        const df = new Map<string, number>()
        for (const row of rows) {
          const [source, target] = [foldedBefore(row.source, row.source_lang), foldedBefore(row.target, row.target_lang)]
          await client.query(`UPDATE "${old}".units SET source_folded = $1, target_folded = $2, source_count = $3, target_count = $4 WHERE id = $5`,
            [source, target, source.trim().split(' ').length, target.trim().split(' ').length, row.id])
          for (const [lang, folded] of [[row.source_lang, source], [row.target_lang, target]] as const) {
            for (const token of new Set(folded.trim().split(' '))) df.set(`${lang.slice(0, 2)} ${token}`, (df.get(`${lang.slice(0, 2)} ${token}`) ?? 0) + 1)
          }
        }
        for (const [key, count] of df) await client.query(`INSERT INTO "${old}".tokens VALUES ($1, $2, $3)`, [...key.split(' '), count])
        await client.query(`UPDATE "${old}".meta SET value = '1' WHERE key = 'schema'`)
        expect((await dump(client, old)).tokens).toContainEqual({lang: 'zh', text: '他们对这个名称不太满意', df: '1'})

        const reopened = await openPostgresMemory(url, {schema: old})
        const query = '他们对这个名字不太满意。'
        const [match] = await reopened.lookup(query, {sourceLang: 'zh-CN', targetLang: 'en'})
        await reopened.close()
        expect(await dump(client, old)).toStrictEqual(await dump(client, fresh))
        expect(match?.score).toBeGreaterThanOrEqual(90)
        expect((await client.query(`SELECT value FROM "${old}".meta WHERE key = 'schema'`)).rows).toStrictEqual([{value: '2'}])
      } finally {
        await client.end()
      }
    })
  })
  describeStore('PostgreSQL', () => {
    const schema = `bitext_test_${process.pid}_${schemas.length}`
    schemas.push(schema)
    return openPostgresMemory(url, {schema})
  })
}
