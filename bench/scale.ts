// `npm run bench:scale`: time and peak resident memory of the built CLI as the input grows, each run
// a fresh process: `parse --format json` of a plain text (NTREX-128 Turkish sentences, one paragraph
// each, repeated) and `check` of a Markdown pair (../shared/corpora/javascript-questions en/tr, repeated).
// Sizes are megabytes a side: SCALE_PARSE (default 1,10,50) and SCALE_CHECK (default 0.1,1); each
// size is compared with the first one (ratio of time and of size). Inputs are written to a temporary
// folder and removed. Never part of `npm test`: timings on a shared machine are noisy.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpora = path.join(root, '..', 'shared', 'corpora')
const cli = path.join(root, 'dist', 'cli.js')
/** Loaded before the CLI: prints the process's peak resident set size (KiB) on exit. */
const peakReporter = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nbench-max-rss '+process.resourceUsage().maxRSS+'\\n'))`

interface Run {
  megabytes: number
  seconds: number
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
  const peak = /bench-max-rss (\d+)/u.exec(run.stderr)?.[1]
  return {megabytes, seconds, peakMB: Number(peak ?? Number.NaN) / 1024, exit: run.status}
}

function print(title: string, runs: Run[]): void {
  console.log(`\n${title}`)
  console.log('MB a side | time (s) | peak RSS (MB) | exit | size ×  | time ×')
  const [first] = runs
  for (const run of runs) {
    const size = first ? run.megabytes / first.megabytes : 1
    const time = first ? run.seconds / first.seconds : 1
    console.log(`${run.megabytes.toFixed(1).padStart(9)} | ${run.seconds.toFixed(1).padStart(8)} | ${run.peakMB.toFixed(0).padStart(13)} | ${String(run.exit).padStart(4)} | ${size.toFixed(1).padStart(7)} | ${time.toFixed(1).padStart(6)}`)
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

function checkRuns(folder: string): Run[] {
  const [source, target] = ['en', 'tr'].map((lang) => readFileSync(path.join(corpora, 'javascript-questions', `${lang}.md`), 'utf8'))
  return sizes('SCALE_CHECK', '0.1,1').map((megabytes) => {
    const files = [source, target].map((text, side) => {
      const file = path.join(folder, `check-${megabytes}-${side}.md`)
      writeFileSync(file, repeated(text ?? '', megabytes, '\n\n'))
      return file
    })
    const run = measure(['check', ...files, '--format', 'json', '--fail-on', 'never'], statSync(files[0] ?? '').size / 1e6)
    for (const file of files) rmSync(file)
    return run
  })
}

const folder = mkdtempSync(path.join(tmpdir(), 'bitext-scale-'))
try {
  print('bitext parse --format json (plain text, Turkish)', parseRuns(folder))
  print('bitext check (Markdown, English → Turkish)', checkRuns(folder))
} finally {
  rmSync(folder, {recursive: true, force: true})
}
