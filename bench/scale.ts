// `npm run bench:scale`: time and peak resident memory of the built CLI as the input grows, each run
// a fresh process: `parse --format json` of a plain text (NTREX-128 Turkish sentences, one paragraph
// each, repeated), `check` of a Markdown pair (../shared/corpora/javascript-questions en/tr, repeated)
// and `check` of a mixed pair (every en/tr pair of ../shared/corpora, NTREX documents as paragraphs,
// in a different seeded order in each copy, one document left out of each Turkish copy).
// On the mixed pair also `align --format json` and `tm build` (into a new SQLite file).
// Sizes are megabytes a side: SCALE_PARSE (default 1,10,50), SCALE_CHECK, SCALE_MIXED, SCALE_ALIGN
// and SCALE_TM (default 0.1,1); each size is compared with the first one (ratio of time and of size). Inputs are written
// to a temporary folder and removed. Never part of `npm test`: timings on a shared machine are noisy.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {random} from './random.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpora = path.join(root, '..', 'shared', 'corpora')
/** The CLI measured: `SCALE_CLI`, or this checkout's build (another build's `cli.js` gives a before/after comparison). */
const cli = process.env.SCALE_CLI ?? path.join(root, 'dist', 'cli.js')
/** Loaded before the CLI: prints the process's peak resident set size (KiB) and CPU time (µs, user + system) on exit. */
const peakReporter = `data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nbench-max-rss '+u.maxRSS+' '+(u.userCPUTime+u.systemCPUTime)+'\\n')})`

interface Run {
  megabytes: number
  seconds: number
  /** CPU time of the process, user and system: steadier than the wall clock on a shared machine. */
  cpuSeconds: number
  peakMB: number
  exit: number | null
}

/** `text` repeated (joined by `separator`) to at least `megabytes` MB of UTF-8. */
function repeated(text: string, megabytes: number, separator: string): string {
  const bytes = Buffer.byteLength(text + separator)
  return Array.from({length: Math.max(1, Math.ceil((megabytes * 1e6) / bytes))}, () => text).join(separator)
}

function measure(args: string[], megabytes: number): Run {
  const start = performance.now()
  const run = spawnSync(process.execPath, ['--import', peakReporter, cli, ...args], {encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'ignore', 'pipe']})
  const seconds = (performance.now() - start) / 1000
  const [, peak, cpu] = /bench-max-rss (\d+) (\d+)/u.exec(run.stderr) ?? []
  return {megabytes, seconds, cpuSeconds: Number(cpu ?? Number.NaN) / 1e6, peakMB: Number(peak ?? Number.NaN) / 1024, exit: run.status}
}

function print(title: string, runs: Run[]): void {
  console.log(`\n${title}`)
  console.log('MB a side | time (s) | CPU (s) | peak RSS (MB) | exit | size ×  | time × | CPU ×')
  const [first] = runs
  for (const run of runs) {
    const size = first ? run.megabytes / first.megabytes : 1
    const time = first ? run.seconds / first.seconds : 1
    const cpu = first ? run.cpuSeconds / first.cpuSeconds : 1
    console.log(
      `${run.megabytes.toFixed(1).padStart(9)} | ${run.seconds.toFixed(1).padStart(8)} | ${run.cpuSeconds.toFixed(1).padStart(7)} | ${run.peakMB.toFixed(0).padStart(13)} | ${String(run.exit).padStart(4)} | ${size.toFixed(1).padStart(7)} | ${time.toFixed(1).padStart(6)} | ${cpu.toFixed(1).padStart(5)}`
    )
  }
}

function sizes(name: string, fallback: string): number[] {
  return (process.env[name] ?? fallback).split(',').filter((size) => size.trim() !== '').map(Number)
}

function parseRuns(folder: string): Run[] {
  const sentences = readFileSync(path.join(corpora, 'ntrex-en-tr', 'tr.txt'), 'utf8').trim().split('\n').join('\n\n')
  return sizes('SCALE_PARSE', '1,10,50').map((megabytes) => {
    const file = path.join(folder, `parse-${megabytes}.txt`)
    writeFileSync(file, repeated(sentences, megabytes, '\n\n'))
    const run = measure(['parse', file, '--format', 'json'], statSync(file).size / 1e6)
    rmSync(file)
    return run
  })
}

/** The en/tr documents of the corpora: each Markdown pair, and each NTREX document as one paragraph a sentence. */
function corpusDocuments(): Array<[string, string]> {
  const pairs = readdirSync(corpora)
    .filter((name) => existsSync(path.join(corpora, name, 'en.md')) && existsSync(path.join(corpora, name, 'tr.md')))
    .map((name): [string, string] => [readFileSync(path.join(corpora, name, 'en.md'), 'utf8'), readFileSync(path.join(corpora, name, 'tr.md'), 'utf8')])
  const [ids, en, tr] = ['doc-ids.tsv', 'en.txt', 'tr.txt'].map((file) => readFileSync(path.join(corpora, 'ntrex-en-tr', file), 'utf8').trimEnd().split('\n'))
  const documents = new Map<string, [string[], string[]]>()
  ids?.forEach((id, index) => {
    const document = documents.get(id) ?? documents.set(id, [[], []]).get(id)
    document?.[0].push(en?.[index] ?? '')
    document?.[1].push(tr?.[index] ?? '')
  })
  return [...pairs, ...[...documents.values()].map(([english, turkish]): [string, string] => [english.join('\n\n'), turkish.join('\n\n')])]
}

/**
 * Copies of all `documents`, document by document until the English side has `megabytes` MB: each
 * copy in its own order, one of its Turkish documents left out.
 */
function mixed(documents: ReadonlyArray<[string, string]>, megabytes: number): [string, string] {
  const next = random(19)
  const sides: [string[], string[]] = [[], []]
  let bytes = 0
  while (bytes < megabytes * 1e6) {
    const order = documents.map((document) => ({document, key: next()})).sort((a, b) => a.key - b.key)
    const dropped = Math.floor(next() * order.length)
    for (const [index, {document}] of order.entries()) {
      if (bytes >= megabytes * 1e6) break
      sides[0].push(document[0])
      if (index !== dropped) sides[1].push(document[1])
      bytes += Buffer.byteLength(document[0]) + 2
    }
  }
  return [sides[0].join('\n\n'), sides[1].join('\n\n')]
}

/** `bitext check --format json` of two files. */
const checkArgs = (files: string[]) => ['check', ...files, '--format', 'json', '--fail-on', 'never']

/** Runs the command `args` gives for the pair of each size of `name`, the files (and a TM the command writes) removed after. */
function pairRuns(folder: string, name: string, fallback: string, pair: (megabytes: number) => [string, string], args: (files: string[], tm: string) => string[]): Run[] {
  return sizes(name, fallback).map((megabytes) => {
    const files = pair(megabytes).map((text, side) => {
      const file = path.join(folder, `pair-${megabytes}-${side}.md`)
      writeFileSync(file, text)
      return file
    })
    const tm = path.join(folder, `tm-${megabytes}.sqlite`)
    const run = measure(args(files, tm), statSync(files[0] ?? '').size / 1e6)
    for (const file of [...files, tm]) rmSync(file, {force: true})
    return run
  })
}

const folder = mkdtempSync(path.join(tmpdir(), 'bitext-scale-'))
try {
  print('bitext parse --format json (plain text, Turkish)', parseRuns(folder))
  const [source, target] = ['en', 'tr'].map((lang) => readFileSync(path.join(corpora, 'javascript-questions', `${lang}.md`), 'utf8'))
  print('bitext check (Markdown, English → Turkish)', pairRuns(folder, 'SCALE_CHECK', '0.1,1', (megabytes) => [repeated(source ?? '', megabytes, '\n\n'), repeated(target ?? '', megabytes, '\n\n')], checkArgs))
  const documents = corpusDocuments()
  print('bitext check (mixed corpora, English → Turkish)', pairRuns(folder, 'SCALE_MIXED', '0.1,1', (megabytes) => mixed(documents, megabytes), checkArgs))
  print('bitext align --format json (mixed corpora)', pairRuns(folder, 'SCALE_ALIGN', '0.1,1', (megabytes) => mixed(documents, megabytes), (files) => ['align', ...files, '--format', 'json']))
  print('bitext tm build (mixed corpora, new SQLite file)', pairRuns(folder, 'SCALE_TM', '0.1,1', (megabytes) => mixed(documents, megabytes), (files, tm) => ['tm', 'build', ...files, '--tm', tm]))
} finally {
  rmSync(folder, {recursive: true, force: true})
}
