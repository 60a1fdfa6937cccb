/**
 * bench:align-short — the perturbed NTREX task of bench:align-languages on short files: windows of
 * 60 lines (a page or two: the documents a translator checks) at evenly spread places, each
 * perturbed with its own seed (merges, splits, dropped and inserted sentences, dropped
 * paragraphs), read without paragraph breaks (one block a side), the languages given, no lexicon.
 * Prints, per pair and direction, the mean strict sentence F1 over the windows and how many
 * windows came out exactly right, beside a plain Gale-Church aligner's on the same windows (the
 * reference of bench:align: lengths only); `--lines N` and `--windows N` change the size and the
 * count. Figures only: never fails.
 */
import {parseDocument} from '../src/document/parse-document.js'
import {align} from '../src/align/align.js'
import {galeChurch} from './align/gale-church.js'
import {strict} from './align/score.js'
import {buildTask, readMultiCorpus} from './align/task.js'

const languages = [['deu', 'de'], ['fra', 'fr'], ['ron', 'ro'], ['hun', 'hu'], ['rus', 'ru'], ['arb', 'ar'], ['zho-CN', 'zh'], ['jpn', 'ja'], ['ell', 'el'], ['fin', 'fi']] as const
const option = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const size = option('--lines', 60)
const windows = option('--windows', 20)

console.log(`bench:align-short — NTREX, ${windows} windows of ${size} lines per pair, perturbed second side, no paragraph breaks\n`)
console.log('pair     mean F1  exact   Gale-Church F1')
const means: number[] = []
const references: number[] = []
let exact = 0
for (const [file, code] of languages) {
  for (const [source, target, sourceLang, targetLang] of [['eng', file, 'en', code], [file, 'eng', code, 'en']] as const) {
    const corpus = readMultiCorpus(source, target)
    const ids = corpus.docs[0] ?? []
    let sum = 0
    let reference = 0
    let right = 0
    for (let window = 0; window < windows; window++) {
      const from = Math.floor((window * (corpus.en.length - size)) / Math.max(1, windows - 1))
      const slice = (lines: string[]) => lines.slice(from, from + size)
      const task = buildTask(window + 1, {en: slice(corpus.en), tr: slice(corpus.tr), docs: [slice(ids)]})
      const flat = (lines: string) => lines.replace(/\n\n+/g, '\n')
      const sentences = align(parseDocument(flat(task.sourceLines), {format: 'lines', lang: sourceLang}), parseDocument(flat(task.targetLines), {format: 'lines', lang: targetLang})).sentences
      const f1 = strict(sentences, task.sentenceGold).f1
      const lengths = (lines: string) => flat(lines).split('\n').filter((line) => line.trim() !== '').map((line) => line.length)
      reference += strict(galeChurch(lengths(task.sourceLines), lengths(task.targetLines)), task.sentenceGold).f1
      sum += f1
      if (f1 === 1) right++
    }
    means.push(sum / windows)
    references.push(reference / windows)
    exact += right
    console.log(`${sourceLang}-${targetLang}`.padEnd(9) + (sum / windows).toFixed(4).padEnd(9) + `${right}/${windows}`.padEnd(8) + (reference / windows).toFixed(4))
  }
}
const average = (values: number[]) => values.reduce((total, value) => total + value, 0) / values.length
console.log(`\nmean strict sentence F1 over ${means.length} pairs: ${average(means).toFixed(4)} (Gale-Church ${average(references).toFixed(4)}); windows exactly right: ${exact} of ${means.length * windows}`)
