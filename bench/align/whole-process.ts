/**
 * Whole-process speed of `bitext align --input-format lines --format json` (start-up, reading,
 * language detection, parsing, aligning, printing) against hunalign's default on the same input,
 * in the same run: runs alternate between the two, medians of `runs`, and their ratio.
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {findHunalign, hunalignInput} from './hunalign.js'

/** One size of the comparison: medians of wall time (s) and peak RSS (MB). */
export interface Comparison {
  times: number
  bitext: Sample
  hunalign: Sample | undefined
}

/** Wall seconds; CPU seconds (user + system) and peak RSS (MB) when `/usr/bin/time` is there. */
interface Sample {
  time: number
  cpu: number | undefined
  rss: number | undefined
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const timeCommand = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Runs `command` once. */
function runOnce(command: string[]): Sample {
  const [file, ...args] = timeCommand ? [timeCommand, '-f', '%M %U %S', ...command] : command
  const start = performance.now()
  const child = spawnSync(file as string, args, {encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26})
  const time = (performance.now() - start) / 1000
  if (child.status !== 0) throw new Error(`bench: ${command.join(' ')} failed: ${child.stderr}`)
  if (!timeCommand) return {time, cpu: undefined, rss: undefined}
  const [rss, user, system] = (child.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
  return {time, cpu: (user ?? 0) + (system ?? 0), rss: (rss ?? 0) / 1024}
}

function medians(samples: Sample[]): Sample {
  const known = (values: Array<number | undefined>) => values.flatMap((value) => (value === undefined ? [] : [value]))
  const rss = known(samples.map((sample) => sample.rss))
  const cpu = known(samples.map((sample) => sample.cpu))
  return {time: median(samples.map((sample) => sample.time)), cpu: cpu.length > 0 ? median(cpu) : undefined, rss: rss.length > 0 ? median(rss) : undefined}
}

/** Compares bitext (built, `dist/cli.js`) and hunalign on `sourceLines`/`targetLines` repeated `times` times. */
export function compareWholeProcess(sourceLines: string, targetLines: string, times: number, runs: number): Comparison {
  const directory = mkdtempSync(path.join(tmpdir(), 'bitext-bench-'))
  try {
    const [sourceText, targetText] = [sourceLines.repeat(times), targetLines.repeat(times)]
    const [sourceFile, targetFile] = [path.join(directory, 'source.txt'), path.join(directory, 'target.txt')]
    writeFileSync(sourceFile, sourceText)
    writeFileSync(targetFile, targetText)
    const bitext = [process.execPath, path.join(process.cwd(), 'dist', 'cli.js'), 'align', sourceFile, targetFile, '--input-format', 'lines', '--format', 'json']
    const binary = findHunalign()
    const hunalign = binary ? [binary, ...hunalignInput(directory, 'h', sourceText, targetText)] : undefined
    const samples = {bitext: [] as Sample[], hunalign: [] as Sample[]}
    for (let run = 0; run < runs; run++) {
      samples.bitext.push(runOnce(bitext))
      if (hunalign) samples.hunalign.push(runOnce(hunalign))
    }
    return {times, bitext: medians(samples.bitext), hunalign: hunalign ? medians(samples.hunalign) : undefined}
  } finally {
    rmSync(directory, {recursive: true, force: true})
  }
}
