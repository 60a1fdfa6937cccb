import {createConnection, createServer} from 'node:net'
import type {Socket} from 'node:net'
import pg from 'pg'
import {afterAll, describe, expect, it} from 'vitest'
import {InputError} from '../../src/input-error.js'
import {openPostgresMemory} from '../../src/memory/pg-store.js'
import type {TranslationUnit} from '../../src/memory/types.js'

const url = process.env.BITEXT_TEST_PG_URL

describe('a PostgreSQL server that cannot be reached', () => {
  it('is one InputError naming the address without its password', async () => {
    const opening = openPostgresMemory('postgres://tm:secret@127.0.0.1:1/tm')
    await expect(opening).rejects.toBeInstanceOf(InputError)
    await expect(opening).rejects.toThrow(
      'PostgreSQL at postgres://tm:***@127.0.0.1:1/tm: connect ECONNREFUSED 127.0.0.1:1; is the server running? (An import keeps the batches it committed before the failure.)'
    )
  })
})

if (url === undefined) {
  describe('a PostgreSQL server that stops during an import', () => {
    it.skip('needs BITEXT_TEST_PG_URL: run `eval "$(scripts/pg-test-server.sh start)"` first (skipped)', () => {})
  })
} else {
  const schema = `bitext_test_${process.pid}_stopped`
  afterAll(async () => {
    const client = new pg.Client({connectionString: url})
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  })

  describe('a PostgreSQL server that refuses the URL', () => {
    it('is one InputError for a database or a user it does not have, naming the address without its password', async () => {
      const noDatabase = new URL(url)
      noDatabase.pathname = `/bitext_missing_${process.pid}`
      const noUser = new URL(url)
      noUser.username = `bitext_nobody_${process.pid}`
      noUser.password = 'secret'
      for (const [address, reason] of [
        [noDatabase, `database "bitext_missing_${process.pid}" does not exist`],
        [noUser, `role "bitext_nobody_${process.pid}" does not exist`]
      ] as const) {
        const error = await openPostgresMemory(address.href).then(() => undefined, (thrown: unknown) => thrown)
        expect(error).toBeInstanceOf(InputError)
        expect([(error as InputError).code, (error as InputError).message]).toStrictEqual([
          'database-access',
          `PostgreSQL at ${address.href.replace(':secret@', ':***@')}: ${reason}; check the database, user and password in the URL, and the user's rights`
        ])
      }
    })
  })

  describe('a PostgreSQL server that stops during an import', () => {
    it('ends the import with an InputError instead of crashing the process, keeping the committed batches', async () => {
      // A relay between bitext and the server: cutting its sockets is the server going away.
      const target = new URL(url)
      const sockets: Socket[] = []
      const relay = createServer((client) => {
        const server = createConnection(Number(target.port), target.hostname)
        sockets.push(client, server)
        client.pipe(server).pipe(client)
        const end = () => (client.destroy(), server.destroy())
        client.on('error', end)
        server.on('error', end)
      })
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve))
      const port = (relay.address() as {port: number}).port
      const relayed = new URL(url)
      relayed.hostname = '127.0.0.1'
      relayed.port = String(port)
      const memory = await openPostgresMemory(relayed.href, {schema})
      const unit = (index: number): TranslationUnit => ({source: `Satır ${index} burada.`, target: `Line ${index} is here.`, sourceLang: 'tr', targetLang: 'en'})
      async function* batches() {
        yield Array.from({length: 50}, (_, index) => unit(index))
        for (const socket of sockets) socket.destroy()
        yield Array.from({length: 50}, (_, index) => unit(50 + index))
      }
      await expect(memory.import(batches())).rejects.toThrow(/^PostgreSQL at .*is the server running\?/)
      await memory.close().catch(() => undefined)
      relay.close()
      const direct = await openPostgresMemory(url, {schema})
      expect((await direct.stats()).units).toBe(50)
      await direct.close()
    })
  })
}

