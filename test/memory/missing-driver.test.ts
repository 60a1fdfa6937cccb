import {describe, expect, it, vi} from 'vitest'

describe('a store whose optional driver is not installed', () => {
  it('is an InputError that says how to install better-sqlite3', async () => {
    vi.resetModules()
    vi.doMock('better-sqlite3', () => {
      throw new Error("Cannot find package 'better-sqlite3'")
    })
    const {openSqliteMemory} = await import('../../src/memory/sqlite-store.js')
    const {InputError} = await import('../../src/input-error.js')
    const opening = openSqliteMemory(':memory:')
    await expect(opening).rejects.toBeInstanceOf(InputError)
    await expect(opening).rejects.toThrow('openSqliteMemory: the SQLite store needs the optional dependency better-sqlite3; install it with npm install better-sqlite3@12')
    vi.doUnmock('better-sqlite3')
  })
})
