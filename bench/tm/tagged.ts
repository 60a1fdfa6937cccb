/**
 * Tagged sources found by their plain text: imports `bench/tm/tagged.tmx` (12 hand-made units with
 * inline tags) into an in-memory store, queries each source with its tags removed, and counts the
 * best scores at 100, at 97 or more, and at 70 or more.
 *
 *   npx tsx bench/tm/tagged.ts [src-folder]   # src-folder: another checkout's src/ (for a before/after)
 */
import {resolve} from 'node:path'
import {pathToFileURL} from 'node:url'

const src = resolve(process.argv[2] ?? new URL('../../src', import.meta.url).pathname)
const {createMemory} = (await import(pathToFileURL(`${src}/memory/memory-store.ts`).href)) as typeof import('../../src/memory/memory-store.js')
const {readTmx} = (await import(pathToFileURL(`${src}/memory/tmx-read.ts`).href)) as typeof import('../../src/memory/tmx-read.js')
const {createReadStream} = await import('node:fs')

const memory = createMemory()
const sources: string[] = []
for await (const batch of readTmx(createReadStream(new URL('tagged.tmx', import.meta.url)), {sourceLang: 'en-US', targetLang: 'tr-TR'})) {
  await memory.add(batch)
  sources.push(...batch.map((unit) => unit.source))
}
const scores: number[] = []
for (const source of sources) {
  // As a person types it: a tag between two letters (`one<br/>Line`) read as a space, the others dropped.
  const plain = source.replace(/(?<=\p{L})[\uE000-\uF8FF]+(?=\p{L})/gu, ' ').replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' ').trim()
  scores.push((await memory.lookup(plain, {minScore: 1, limit: 1}))[0]?.score ?? 0)
}
const count = (min: number) => scores.filter((score) => score >= min).length
console.log(`tagged sources: ${scores.length}; best score 100: ${count(100)}, ≥ 97: ${count(97)}, ≥ 70: ${count(70)}`)
console.log(`scores: ${scores.join(' ')}`)
