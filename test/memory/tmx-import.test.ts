import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {PreparedBatch} from '../../src/memory/prepare-units.js'
import {importTmxFile} from '../../src/memory/tmx-import.js'
import {toTmx} from '../../src/memory/tmx-write.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-import-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** 3,000 units of about a kilobyte: more than one 1 MB read, so more than one batch. */
const padding = 'word '.repeat(100)
const units = Array.from({length: 3000}, (_, index) => ({source: `Sentence ${index} ${padding}`, target: `Cümle ${index} ${padding}`, sourceLang: 'en', targetLang: 'tr'}))
const file = join(folder, 'three-thousand.tmx')
writeFileSync(file, toTmx(units))

describe('importTmxFile', () => {
  it('hands the writer the batches in file order, with running totals', async () => {
    const seen: number[] = []
    const progress: number[] = []
    const totals = await importTmxFile(file, (batch: PreparedBatch) => {
      seen.push(batch.count)
      return {added: batch.count, duplicates: 0}
    }, {batchSize: 500, onProgress: (running) => progress.push(running.added)})
    expect(totals).toStrictEqual({added: 3000, duplicates: 0, summary: {pairs: [{sourceLang: 'en', targetLang: 'tr', units: 3000}], skipped: {}}})
    expect(seen.length).toBeGreaterThan(2)
    expect(seen.reduce((sum, count) => sum + count, 0)).toBe(3000)
    expect(progress).toStrictEqual(seen.map((_, index) => seen.slice(0, index + 1).reduce((sum, count) => sum + count, 0)))
  })

  it('writes nothing after a batch fails, though the worker has read further', async () => {
    let calls = 0
    const write = () => {
      calls++
      // Each write takes long enough for the worker to have the next batch ready.
      const until = Date.now() + 100
      while (Date.now() < until);
      if (calls === 2) throw new Error('disk full')
      return {added: 1, duplicates: 0}
    }
    await expect(importTmxFile(file, write, {batchSize: 500})).rejects.toThrow('disk full')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(calls).toBe(2)
  })
})
