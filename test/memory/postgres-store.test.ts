import pg from 'pg'
import {afterAll, describe, expect, it} from 'vitest'
import {openPostgresMemory} from '../../src/memory/pg-store.js'
import {describeStore} from './store-behaviour.js'

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
        "openPostgresMemory: the database has schema 99, newer than this bitext's 1; upgrade bitext"
      )
      const {rows} = await client.query(`SELECT value FROM "${schema}".meta WHERE key = 'schema'`)
      await client.end()
      expect(rows).toStrictEqual([{value: '99'}])
    })
  })
  describeStore('PostgreSQL', () => {
    const schema = `bitext_test_${process.pid}_${schemas.length}`
    schemas.push(schema)
    return openPostgresMemory(url, {schema})
  })
}
