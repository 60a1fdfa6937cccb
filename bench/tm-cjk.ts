/**
 * `npm run bench:tm-cjk`: fuzzy lookup in Chinese, where words are not spaced. A memory of the first
 * 200 NTREX sentences, Chinese → English (../shared/corpora/ntrex-multi); each Chinese sentence with
 * five Han characters or more is looked up with one Han character (its middle one) deleted. Prints
 * how many queries find their own unit among the matches (limit 5, minScore 70) and the median score
 * of that match, for the indexed lookup and for the memory's exhaustive scan of the same queries in
 * the same process (the reference: every unit, the same filters). Figures only: never fails.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createMemory} from '../src/memory/memory-store.js'
import type {Match} from '../src/memory/types.js'

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpora', 'ntrex-multi')
const size = 200
const lines = (file: string) => readFileSync(path.join(corpus, file), 'utf8').split('\n').slice(0, size)
const [chinese, english] = [lines('zho-CN.txt'), lines('eng.txt')]
const direction = {sourceLang: 'zh', targetLang: 'en'}
const han = /\p{Script=Han}/u

const memory = createMemory()
await memory.add(chinese.map((source, index) => ({source, target: english[index] ?? '', ...direction})))
const stored = (await memory.stats()).units

const queries = chinese.flatMap((sentence) => {
  const letters = [...sentence]
  const positions = letters.flatMap((letter, index) => (han.test(letter) ? [index] : []))
  if (positions.length < 5) return []
  const cut = positions[Math.floor(positions.length / 2)] as number
  return [{sentence, query: [...letters.slice(0, cut), ...letters.slice(cut + 1)].join('')}]
})

/** How many queries find their own sentence, and the median score of that match. */
async function measure(lookup: (query: string) => Promise<Match[]>) {
  const scores: number[] = []
  for (const {sentence, query} of queries) {
    const own = (await lookup(query)).find((match) => match.source === sentence)
    if (own) scores.push(own.score)
  }
  scores.sort((a, b) => a - b)
  return {found: scores.length, median: scores[Math.floor(scores.length / 2)] ?? 0}
}

const options = {...direction, limit: 5, minScore: 70}
const indexed = await measure((query) => memory.lookup(query, options))
const scanned = await measure((query) => memory.scan(query, options))
console.log(`bench:tm-cjk — ${stored} units stored of ${size} NTREX sentences (zh → en), ${queries.length} queries with one Han character deleted`)
console.log(`  indexed lookup: ${indexed.found} of ${queries.length} find their unit, median score ${indexed.median}`)
console.log(`  exhaustive scan (reference): ${scanned.found} of ${queries.length}, median score ${scanned.median}; found ÷ reference ${(indexed.found / Math.max(1, scanned.found)).toFixed(2)}`)
