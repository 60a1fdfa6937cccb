import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll} from 'vitest'
import {openSqliteMemory} from '../../src/memory/sqlite-store.js'
import {describeStore} from './store-behaviour.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-sqlite-'))
let count = 0
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describeStore('SQLite', () => openSqliteMemory(join(folder, `tm-${count++}.sqlite`)))
