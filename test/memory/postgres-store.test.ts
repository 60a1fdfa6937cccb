import pg from 'pg'
import {afterAll, describe, it} from 'vitest'
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
  describeStore('PostgreSQL', () => {
    const schema = `bitext_test_${process.pid}_${schemas.length}`
    schemas.push(schema)
    return openPostgresMemory(url, {schema})
  })
}
