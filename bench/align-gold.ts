/**
 * bench:align-gold — bitext against hunalign (empty dictionary) on hand-aligned sentence files that
 * are not in this repository: real translations, not the perturbed NTREX tasks of the other benches.
 *
 *   npm run bench:align-gold -- FOLDER…
 *
 * A task is three files in a folder: `NAME.S` and `NAME.T`, one sentence a line (the line is the
 * unit; a blank line counts as a line, as in the gold), and `NAME.ST`, the gold alignment, one bead a
 * line as `[0, 1]:[2]` (0-based line numbers; an empty side is a sentence left out), or a ladder as
 * hunalign's `-hand` reads it (`0<TAB>0` rungs, the last one the end of both files). The first is the
 * format of the Text+Berg German-French test set that Bleualign and Vecalign are evaluated on (in
 * Vecalign's repository, `bleualign_data/`: `test0.de`, `test0.fr`, `test0.defr` …).
 *
 * Printed per task and summed over all: hunalign's own metric, precision and recall of 1-1 sentence
 * pairs (what `hunalign -bisent -hand` counts), and strict precision and recall of beads (a predicted
 * bead counts when the gold has exactly that bead; beads with an empty side are left out on both
 * sides). bitext reads the files with `--input-format lines` semantics and no language given
 * (detected) and no lexicon; hunalign reads the same files with an empty dictionary, by default and
 * with `-realign` (with `--segment`, each line's words and punctuation split by spaces with
 * `Intl.Segmenter` in the language the file name gives: hunalign's documented input, which Chinese
 * and Japanese text lacks). hunalign is built into .bench-cache from ../shared/tools/hunalign, or taken from
 * HUNALIGN=path or PATH. Figures only: never fails.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {align} from '../src/align/align.js'
import {parseDocument} from '../src/document/parse-document.js'
import {findHunalign, tokenized} from './align/hunalign.js'

interface Bead {
  source: readonly number[]
  target: readonly number[]
}

interface Task {
  name: string
  source: string
  target: string
  /** The languages the file names give (`test0.de` → `de`). */
  langs: [string, string]
  gold: Bead[]
}

/** Hits, bets and gold items of one metric, summed over tasks. */
interface Counts {
  hits: number
  bets: number
  gold: number
}

const numbers = (side: string) => (side.trim() === '' ? [] : side.split(',').map((value) => Number(value.trim())))

/**
 * The gold beads: `[0, 1]:[2]` lines, or a ladder as `hunalign -hand` reads it (`0\t0` rungs, one a
 * line, the last one the end of both files: each bead runs from one rung to the next).
 */
function readGold(text: string): Bead[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '')
  if (lines.every((line) => /^\d+\s+\d+/.test(line.trim()))) return ladderBeads(lines.map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number) as [number, number]))
  return lines.map((line) => {
    const match = /^\[([\d,\s]*)\]:\[([\d,\s]*)\]$/.exec(line.trim())
    if (!match) throw new Error(`bench: not a gold bead: ${line}`)
    return {source: numbers(match[1] ?? ''), target: numbers(match[2] ?? '')}
  })
}

/** The beads between consecutive rungs of a ladder. */
function ladderBeads(rungs: ReadonlyArray<readonly [number, number]>): Bead[] {
  const range = (from: number, to: number) => Array.from({length: to - from}, (_, offset) => from + offset)
  const beads: Bead[] = []
  for (let index = 0; index + 1 < rungs.length; index++) {
    const [[i, j], [k, l]] = [rungs[index], rungs[index + 1]] as [readonly [number, number], readonly [number, number]]
    beads.push({source: range(i, k), target: range(j, l)})
  }
  return beads
}

/** Every `NAME.ST` whose `NAME.S` and `NAME.T` sit beside it, for extensions S and T of two letters or more. */
function findTasks(folder: string): Task[] {
  const files = new Set(readdirSync(folder))
  const tasks: Task[] = []
  for (const file of [...files].sort()) {
    const extension = path.extname(file).slice(1)
    const stem = file.slice(0, file.length - extension.length - 1)
    for (let cut = 2; cut <= extension.length - 2; cut++) {
      const [source, target] = [`${stem}.${extension.slice(0, cut)}`, `${stem}.${extension.slice(cut)}`]
      if (!files.has(source) || !files.has(target)) continue
      const read = (name: string) => readFileSync(path.join(folder, name), 'utf8')
      const langs: [string, string] = [extension.slice(0, cut), extension.slice(cut)]
      tasks.push({name: path.join(path.basename(folder), file), source: read(source), target: read(target), langs, gold: readGold(read(file))})
    }
  }
  return tasks
}

const key = (bead: Bead) => `${bead.source.join(',')}:${bead.target.join(',')}`
const oneToOne = (beads: readonly Bead[]) => new Set(beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1).map(key))
const filled = (beads: readonly Bead[]) => new Set(beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).map(key))

function count(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Counts {
  return {hits: [...predicted].filter((item) => gold.has(item)).length, bets: predicted.size, gold: gold.size}
}

function add(total: Counts, counts: Counts): void {
  total.hits += counts.hits
  total.bets += counts.bets
  total.gold += counts.gold
}

function cell({hits, bets, gold}: Counts): string {
  const [precision, recall] = [hits / Math.max(1, bets), hits / Math.max(1, gold)]
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return `${precision.toFixed(3)} ${recall.toFixed(3)} ${f1.toFixed(3)}`
}

/** The lines of a file as the units of `lines` input: a trailing newline ends the last line. */
const lines = (text: string) => text.replace(/\n$/, '').split('\n')

/** bitext's sentence beads, in line numbers. */
function alignWithBitext(task: Task): Bead[] {
  // `lines` input takes a blank line as a paragraph mark, not a unit; keep a placeholder so that
  // line numbers stay those of the file.
  const units = (text: string) => lines(text).map((line) => (line.trim() === '' ? '·' : line)).join('\n')
  return align(parseDocument(units(task.source), {format: 'lines'}), parseDocument(units(task.target), {format: 'lines'})).sentences
}

/** hunalign's ladder (`i\tj\tscore` rungs) as beads between consecutive rungs. */
function alignWithHunalign(binary: string, directory: string, task: Task, extra: readonly string[]): Bead[] {
  const [dictionary, source, target] = [path.join(directory, 'empty.dic'), path.join(directory, 'source.txt'), path.join(directory, 'target.txt')]
  writeFileSync(dictionary, '')
  const input = (text: string, lang: string) => (segment ? tokenized(lines(text).join('\n'), lang) : lines(text).join('\n'))
  writeFileSync(source, `${input(task.source, task.langs[0])}\n`)
  writeFileSync(target, `${input(task.target, task.langs[1])}\n`)
  const run = spawnSync(binary, ['-utf', ...extra, dictionary, source, target], {encoding: 'utf8', maxBuffer: 1 << 26})
  if (run.status !== 0) throw new Error(`bench: hunalign ${extra.join(' ')} failed on ${task.name}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`)
  const rungs = run.stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t').slice(0, 2).map(Number) as [number, number])
  return ladderBeads(rungs)
}

const folders = process.argv.slice(2).filter((argument) => !argument.startsWith('--'))
/** `--segment`: hunalign gets each line's words split by spaces (`Intl.Segmenter`), as Chinese and Japanese need. */
const segment = process.argv.includes('--segment')
if (folders.length === 0 || !folders.every((folder) => existsSync(folder))) {
  console.log('usage: npm run bench:align-gold -- FOLDER… [--segment]  (folders of NAME.S, NAME.T and NAME.ST gold files; see the header of bench/align-gold.ts)')
} else {
  const tasks = folders.flatMap(findTasks)
  const binary = findHunalign()
  const directory = mkdtempSync(path.join(tmpdir(), 'bitext-gold-'))
  const systems = binary ? (['bitext', 'hunalign', 'hunalign -realign'] as const) : (['bitext'] as const)
  const totals = new Map(systems.map((system) => [system, {pairs: {hits: 0, bets: 0, gold: 0}, beads: {hits: 0, bets: 0, gold: 0}}]))
  try {
    console.log('bench:align-gold — hand-aligned files; per system: 1-1 pairs P R F1 (hunalign\'s metric) | strict beads P R F1\n')
    for (const task of tasks) {
      const gold = {pairs: oneToOne(task.gold), beads: filled(task.gold)}
      console.log(`${task.name}: ${lines(task.source).length} × ${lines(task.target).length} lines, ${task.gold.length} gold beads, ${gold.pairs.size} of them 1-1`)
      for (const system of systems) {
        const beads =
          system === 'bitext' ? alignWithBitext(task) : alignWithHunalign(binary as string, directory, task, system === 'hunalign' ? [] : ['-realign'])
        const counts = {pairs: count(oneToOne(beads), gold.pairs), beads: count(filled(beads), gold.beads)}
        const total = totals.get(system) as {pairs: Counts; beads: Counts}
        add(total.pairs, counts.pairs)
        add(total.beads, counts.beads)
        console.log(`  ${system.padEnd(18)} ${cell(counts.pairs)} | ${cell(counts.beads)}`)
      }
    }
    console.log(`\nall ${tasks.length} tasks (counts summed):`)
    for (const [system, total] of totals) console.log(`  ${system.padEnd(18)} ${cell(total.pairs)} | ${cell(total.beads)}`)
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}
