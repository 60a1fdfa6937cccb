import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import fc from 'fast-check'
import {afterAll, describe, expect, it} from 'vitest'
import {openSqliteMemory} from '../../src/memory/sqlite-store.js'
import {toTmx} from '../../src/memory/tmx-write.js'
import type {TranslationMemory} from '../../src/memory/translation-memory.js'
import type {TranslationUnit} from '../../src/memory/types.js'
import {describeStore} from './store-behaviour.js'

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
          const totals = await imported.importTmx(file, {batchSize})
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
