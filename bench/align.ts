/**
 * bench:align — the known-answer task of issue 3 on NTREX English → Turkish.
 * Prints strict and lax bead P/R/F1 at sentence level (lines input) and block level (Markdown),
 * for bitext and a plain Gale-Church reference, over several seeds; then time and peak RSS as
 * the input grows (×1, ×3, ×10 by concatenation); then the whole `bitext align` process against
 * hunalign's default in the same run (`--whole-process` for that part alone, `--accuracy` for the first;
 * `--warm-up` for how much of a short run is V8 warming up). Never fails: figures only.
 */
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseDocumentLazily} from '../src/document/parse-lazily.js'
import {align} from '../src/align/align.js'
import {galeChurch} from './align/gale-church.js'
import {lax, strict} from './align/score.js'
import type {Figures} from './align/score.js'
import {buildTask} from './align/task.js'
import {compareWholeProcess} from './align/whole-process.js'

const seeds = [1, 2, 3, 4, 5]
const format = (f: Figures) => `P ${f.precision.toFixed(4)} R ${f.recall.toFixed(4)} F1 ${f.f1.toFixed(4)}`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

const scaleArgument = process.argv.indexOf('--scale')
if (scaleArgument >= 0) await measureScale(Number(process.argv[scaleArgument + 1]))
else if (process.argv.includes('--runs-in-process')) await runsInProcess()
else if (process.argv.includes('--warm-up')) warmUp()
else if (process.argv.includes('--whole-process')) wholeProcess()
else if (process.argv.includes('--accuracy')) await accuracy()
else {
  await accuracy()
  scaling()
  wholeProcess()
}

async function accuracy(): Promise<void> {
  console.log('bench:align — NTREX en→tr, perturbed Turkish side; strict and lax bead F1 (null beads count)\n')
  const strictSentence: number[] = []
  for (const seed of seeds) {
    const task = buildTask(seed)
    const notOneToOne = task.sentenceGold.filter((bead) => bead.source.length !== 1 || bead.target.length !== 1).length
    const source = await parseDocumentLazily(task.sourceLines, {format: 'lines', lang: 'en'})
    const target = await parseDocumentLazily(task.targetLines, {format: 'lines', lang: 'tr'})
    const sentences = align(source, target).sentences
    const blockSource = await parseDocumentLazily(task.sourceMarkdown, {format: 'markdown', lang: 'en'})
    const blockTarget = await parseDocumentLazily(task.targetMarkdown, {format: 'markdown', lang: 'tr'})
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
}

function scaling(): void {
  console.log('scaling (sentence level, lines input, seed 1, concatenated copies), each size in a fresh process:')
  let base = 0
  let baseCpu = 0
  for (const times of [1, 3, 10]) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--scale', String(times)], {encoding: 'utf8'})
    const figures = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>
    if (times === 1) (base = figures.time ?? 1), (baseCpu = figures.cpu ?? 1)
    console.log(
      `  ×${times}: ${figures.sentences} × ${figures.targetSentences} sentences  align ${((figures.time ?? 0) / 1000).toFixed(2)} s wall (median of 3), ` +
        `${((figures.cpu ?? 0) / 1000).toFixed(2)} s CPU  ×${((figures.time ?? 0) / base).toFixed(1)} wall, ×${((figures.cpu ?? 0) / baseCpu).toFixed(1)} CPU  ` +
        `peak RSS ${figures.rss?.toFixed(0)} MB parsing and aligning once (${figures.rssParsed?.toFixed(0)} MB after parsing; ${figures.rssThreeRuns?.toFixed(0)} MB after the three timed runs)`
    )
  }
  const start = performance.now()
  const lengths = (text: string) => text.split('\n').filter((line) => line.trim() !== '').map((line) => line.length)
  const reference = buildTask(1)
  galeChurch(lengths(reference.sourceLines), lengths(reference.targetLines))
  console.log(`  Gale-Church reference (full O(n·m) table) ×1: ${((performance.now() - start) / 1000).toFixed(2)} s`)
}

/** `bitext align --input-format lines --format json` (built CLI) against hunalign, ×1 and ×10, medians of 5 runs. */
function wholeProcess(): void {
  console.log('\nwhole process, bitext align --input-format lines --format json vs hunalign (empty dictionary, <p> paragraphs), seed 1, median of 5 runs:')
  const task = buildTask(1)
  const rows = [1, 10].map((times) => compareWholeProcess(task.sourceLines, task.targetLines, times, 5))
  const mb = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} MB`)
  const cpu = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)} s`)
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 'n/a' : (a / b).toFixed(2))
  for (const row of rows) {
    const {bitext, hunalign} = row
    const versus = hunalign
      ? `  hunalign ${hunalign.time.toFixed(2)} s wall, ${cpu(hunalign.cpu)} CPU, ${mb(hunalign.rss)};  bitext ÷ hunalign: wall ${ratio(bitext.time, hunalign.time)}, CPU ${ratio(bitext.cpu, hunalign.cpu)}`
      : ''
    console.log(`  ×${row.times}: bitext ${bitext.time.toFixed(2)} s wall, ${cpu(bitext.cpu)} CPU, peak RSS ${mb(bitext.rss)}${versus}`)
  }
  const [one, ten] = rows
  if (one && ten) console.log(`  bitext ×10 ÷ ×1: wall ${ratio(ten.bitext.time, one.bitext.time)}, CPU ${ratio(ten.bitext.cpu, one.bitext.cpu)} (target ≤ 11)`)
}

/**
 * How much of a short run is V8 warming up: parse and align the ×1 task four times in each of three
 * fresh processes, and print each time and the first against the fastest later one (warm code).
 */
function warmUp(): void {
  console.log('warm-up: parse + align of the ×1 task (lines, seed 1), four times in one process, three processes:')
  for (let run = 1; run <= 3; run++) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--runs-in-process'], {encoding: 'utf8'})
    const runs = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '[]') as number[]
    const [first = 0, ...later] = runs
    console.log(`  process ${run}: ${runs.map((time) => `${time.toFixed(0)} ms`).join(', ')}; first ÷ fastest later ${(first / Math.min(...later)).toFixed(1)}`)
  }
}

/** Child process of `warmUp`: the four times, as one JSON line. */
async function runsInProcess(): Promise<void> {
  const task = buildTask(1)
  const runs: number[] = []
  for (let run = 0; run < 4; run++) {
    const start = performance.now()
    const source = await parseDocumentLazily(task.sourceLines, {format: 'lines', lang: 'en'})
    const target = await parseDocumentLazily(task.targetLines, {format: 'lines', lang: 'tr'})
    align(source, target)
    runs.push(performance.now() - start)
  }
  console.log(JSON.stringify(runs))
}

/**
 * Child process: align the task ×`times` three times, print one JSON line of figures. Parses the way
 * `bitext align` does (`parseDocumentLazily`: the Markdown and HTML parsers are not loaded for `lines`).
 */
async function measureScale(times: number): Promise<void> {
  const task = buildTask(1)
  const source = await parseDocumentLazily(task.sourceLines.repeat(times), {format: 'lines', lang: 'en'})
  const target = await parseDocumentLazily(task.targetLines.repeat(times), {format: 'lines', lang: 'tr'})
  const rssParsed = process.resourceUsage().maxRSS / 1024
  const runs: number[] = []
  const cpus: number[] = []
  let rssOnce = 0
  for (let run = 0; run < 3; run++) {
    const cpu = process.cpuUsage()
    const start = performance.now()
    align(source, target)
    runs.push(performance.now() - start)
    const used = process.cpuUsage(cpu)
    cpus.push((used.user + used.system) / 1000)
    // Peak of parsing and aligning once, as `bitext align` does; later runs only add uncollected garbage.
    if (run === 0) rssOnce = process.resourceUsage().maxRSS / 1024
  }
  const count = (document: typeof source) => document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
  const figures = {sentences: count(source), targetSentences: count(target), time: median(runs), cpu: median(cpus), rss: rssOnce, rssThreeRuns: process.resourceUsage().maxRSS / 1024, rssParsed}
  console.log(JSON.stringify(figures))
}
