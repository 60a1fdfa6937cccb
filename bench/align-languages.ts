/**
 * bench:align-languages — issue 11's known-answer tasks on NTREX in ten languages with English
 * (`../shared/corpora/ntrex-multi`): for each pair, both directions, the perturbed task of
 * bench:align with paragraph breaks (a blank line between paragraphs) and without (one block a
 * side), no lexicon. Prints strict sentence F1 per pair and shape, the language each document is
 * detected as when none is given, and the time of each alignment. Figures only: never fails.
 */
import {parseDocument} from '../src/document/parse-document.js'
import {align} from '../src/align/align.js'
import {strict} from './align/score.js'
import {buildTask, readMultiCorpus} from './align/task.js'

const languages = [['deu', 'de'], ['fra', 'fr'], ['ron', 'ro'], ['hun', 'hu'], ['rus', 'ru'], ['arb', 'ar'], ['zho-CN', 'zh'], ['jpn', 'ja'], ['ell', 'el'], ['fin', 'fi']] as const
const seedArgument = process.argv.indexOf('--seed')
const seed = seedArgument >= 0 ? Number(process.argv[seedArgument + 1]) : 1
const only = process.argv.indexOf('--only') >= 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined

console.log(`bench:align-languages — NTREX, seed ${seed}, perturbed second side, strict sentence F1 (null beads count)\n`)
console.log('pair     shape        F1      detected   time')
const all: number[] = []
for (const [file, code] of languages) {
  if (only !== undefined && only !== code) continue
  for (const [source, target, sourceLang, targetLang] of [['eng', file, 'en', code], [file, 'eng', code, 'en']] as const) {
    const task = buildTask(seed, readMultiCorpus(source, target))
    for (const shape of ['paragraphs', 'no breaks'] as const) {
      const flatten = (lines: string) => (shape === 'paragraphs' ? lines : lines.replace(/\n\n+/g, '\n'))
      const start = performance.now()
      const sourceDocument = parseDocument(flatten(task.sourceLines), {format: 'lines'})
      const targetDocument = parseDocument(flatten(task.targetLines), {format: 'lines'})
      const detected = `${sourceDocument.lang}/${targetDocument.lang}`
      const sentences = align(
        parseDocument(flatten(task.sourceLines), {format: 'lines', lang: sourceLang}),
        parseDocument(flatten(task.targetLines), {format: 'lines', lang: targetLang})
      ).sentences
      const f1 = strict(sentences, task.sentenceGold).f1
      all.push(f1)
      console.log(`${sourceLang}-${targetLang}`.padEnd(9) + shape.padEnd(13) + f1.toFixed(4).padEnd(8) + detected.padEnd(11) + `${((performance.now() - start) / 1000).toFixed(2)} s`)
    }
  }
}
const sorted = [...all].sort((a, b) => a - b)
console.log(`\nstrict sentence F1 over ${all.length} tasks: median ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(4)}, min ${(sorted[0] ?? 0).toFixed(4)}`)
