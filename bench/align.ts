/**
 * bench:align — the known-answer task of issue 3 on NTREX English → Turkish.
 * Prints strict and lax bead P/R/F1 at sentence level (lines input) and block level (Markdown),
 * for bitext and a plain Gale-Church reference, over several seeds; then time and peak RSS as
 * the input grows (×1, ×3, ×10 by concatenation). Never fails: figures only.
 */
import {parseDocument} from '../src/document/parse-document.js'
import {align} from '../src/align/align.js'
import {galeChurch} from './align/gale-church.js'
import {lax, strict} from './align/score.js'
import type {Figures} from './align/score.js'
import {buildTask} from './align/task.js'

const seeds = [1, 2, 3, 4, 5]
const format = (f: Figures) => `P ${f.precision.toFixed(4)} R ${f.recall.toFixed(4)} F1 ${f.f1.toFixed(4)}`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

console.log('bench:align — NTREX en→tr, perturbed Turkish side; strict and lax bead F1 (null beads count)\n')
const strictSentence: number[] = []
for (const seed of seeds) {
  const task = buildTask(seed)
  const notOneToOne = task.sentenceGold.filter((bead) => bead.source.length !== 1 || bead.target.length !== 1).length
  const source = parseDocument(task.sourceLines, {format: 'lines', lang: 'en'})
  const target = parseDocument(task.targetLines, {format: 'lines', lang: 'tr'})
  const sentences = align(source, target).sentences
  const blockSource = parseDocument(task.sourceMarkdown, {format: 'markdown', lang: 'en'})
  const blockTarget = parseDocument(task.targetMarkdown, {format: 'markdown', lang: 'tr'})
  const blocks = align(blockSource, blockTarget).blocks
  const lengths = (document: typeof source) => document.blocks.flatMap((block) => block.sentences.map((sentence) => sentence.text.length))
  const reference = galeChurch(lengths(source), lengths(target))
  strictSentence.push(strict(sentences, task.sentenceGold).f1)
  console.log(`seed ${seed}: ${source.blocks.flatMap((b) => b.sentences).length} × ${target.blocks.flatMap((b) => b.sentences).length} sentences, ${blockSource.blocks.length} × ${blockTarget.blocks.length} blocks, ${((100 * notOneToOne) / task.sentenceGold.length).toFixed(1)}% gold beads not 1-1`)
  console.log(`  sentence  bitext       strict ${format(strict(sentences, task.sentenceGold))}   lax F1 ${lax(sentences, task.sentenceGold).f1.toFixed(4)}`)
  console.log(`  sentence  Gale-Church  strict ${format(strict(reference, task.sentenceGold))}   lax F1 ${lax(reference, task.sentenceGold).f1.toFixed(4)}`)
  console.log(`  block     bitext       strict ${format(strict(blocks, task.blockGold))}   lax F1 ${lax(blocks, task.blockGold).f1.toFixed(4)}`)
}
console.log(`\nsentence strict F1: median ${median(strictSentence).toFixed(4)}, min ${Math.min(...strictSentence).toFixed(4)}\n`)

console.log('scaling (sentence level, lines input, seed 1, concatenated copies): align time only, parse separately')
const task = buildTask(1)
let base = 0
for (const times of [1, 3, 10]) {
  const source = parseDocument(task.sourceLines.repeat(times), {format: 'lines', lang: 'en'})
  const target = parseDocument(task.targetLines.repeat(times), {format: 'lines', lang: 'tr'})
  const runs: number[] = []
  for (let run = 0; run < 3; run++) {
    const start = performance.now()
    align(source, target)
    runs.push(performance.now() - start)
  }
  const time = median(runs)
  if (times === 1) base = time
  const count = (document: typeof source) => document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
  const rss = process.resourceUsage().maxRSS / 1024
  console.log(`  ×${times}: ${count(source)} × ${count(target)} sentences  ${(time / 1000).toFixed(2)} s (median of 3)  ×${(time / base).toFixed(1)} time  peak RSS so far ${rss.toFixed(0)} MB`)
}
const start = performance.now()
const lengths = (text: string) => text.split('\n').filter((line) => line.trim() !== '').map((line) => line.length)
galeChurch(lengths(task.sourceLines), lengths(task.targetLines))
console.log(`  Gale-Church reference (full O(n·m) table) ×1: ${((performance.now() - start) / 1000).toFixed(2)} s`)
