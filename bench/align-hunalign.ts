/**
 * bench:align-hunalign — bitext against hunalign (empty dictionary) with hunalign's own metric:
 * precision and recall of 1-1 sentence pairs ("bisentences": the 1-1 segments of the ladder, each
 * named by its starting rung), as `hunalign -bisent -hand=gold` prints them. Task: NTREX in ten
 * languages with English (`../shared/corpora/ntrex-multi`), both directions, the perturbed task of
 * bench:align-languages in its "no breaks" shape (one sentence a line, no paragraph marks); no
 * languages given to bitext (detected), no lexicon. hunalign reads its documented input, tokenized text
 * (words and punctuation split by spaces, with `Intl.Segmenter`: Chinese and Japanese have no spaces
 * of their own); the gold is the same. hunalign is built into .bench-cache from
 * ../shared/tools/hunalign, or taken from HUNALIGN=path or PATH. Figures only: never fails.
 *
 *   npm run bench:align-hunalign [-- --seed 2]
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {align} from '../src/align/align.js'
import {parseDocument} from '../src/document/parse-document.js'
import {findHunalign, hunalignInput, tokenized} from './align/hunalign.js'
import type {GoldBead} from './align/task.js'
import {buildTask, readMultiCorpus} from './align/task.js'

const languages = [['deu', 'de'], ['fra', 'fr'], ['ron', 'ro'], ['hun', 'hu'], ['rus', 'ru'], ['arb', 'ar'], ['zho-CN', 'zh'], ['jpn', 'ja'], ['ell', 'el'], ['fin', 'fi']] as const
const seedArgument = process.argv.indexOf('--seed')
const seed = seedArgument >= 0 ? Number(process.argv[seedArgument + 1]) : 1

interface Figures {
  precision: number
  recall: number
}

/** Starting rungs of the 1-1 beads, as `hu en` keys (hunalign's `trailToBisentenceList`). */
function bisentences(beads: ReadonlyArray<{source: readonly number[]; target: readonly number[]}>): Set<string> {
  const pairs = new Set<string>()
  for (const bead of beads) if (bead.source.length === 1 && bead.target.length === 1) pairs.add(`${bead.source[0]} ${bead.target[0]}`)
  return pairs
}

/** hunalign's `scoreTrailOrBisentenceList`: shared items over the bets, and over the gold items. */
function score(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): Figures {
  const shared = [...predicted].filter((pair) => gold.has(pair)).length
  return {precision: shared / Math.max(1, predicted.size), recall: shared / Math.max(1, gold.size)}
}

/** The gold ladder as hunalign reads it (`-hand`): one rung `hu en` a line, the end rung included. */
function ladder(gold: readonly GoldBead[]): string {
  const rungs: string[] = []
  let [source, target] = [0, 0]
  for (const bead of gold) {
    rungs.push(`${source}\t${target}`)
    source += bead.source.length
    target += bead.target.length
  }
  return `${[...rungs, `${source}\t${target}`].join('\n')}\n`
}

/** Runs hunalign in -bisent mode; its bisentences, and the precision and recall it prints itself. */
function runHunalign(binary: string, files: readonly string[], hand: string, extra: readonly string[]): {pairs: Set<string>; own: Figures} {
  const [dictionary, source, target] = files as [string, string, string]
  const run = spawnSync(binary, ['-bisent', '-utf', ...extra, `-hand=${hand}`, dictionary, source, target], {encoding: 'utf8', maxBuffer: 1 << 26})
  const pairs = new Set(run.stdout.trim().split('\n').filter((line) => line !== '').map((line) => line.split('\t').slice(0, 2).join(' ')))
  const printed = /Precision: ([\d.e-]+), Recall: ([\d.e-]+)/.exec(run.stderr)
  return {pairs, own: {precision: Number(printed?.[1] ?? NaN), recall: Number(printed?.[2] ?? NaN)}}
}

const cell = (figures: Figures) => `${figures.precision.toFixed(3)} ${figures.recall.toFixed(3)} ${f1(figures).toFixed(3)}`
const f1 = ({precision, recall}: Figures) => (precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall))

const binary = findHunalign()
const directory = mkdtempSync(path.join(tmpdir(), 'bitext-hunalign-'))
try {
  console.log(`bench:align-hunalign — NTREX, seed ${seed}, no paragraph marks, precision / recall / F1 of 1-1 sentence pairs (hunalign's -bisent -hand metric)\n`)
  console.log('pair    bitext (P R F1)      hunalign (P R F1)    hunalign -realign (P R F1), hunalign given tokenized text')
  const totals = {bitext: [] as number[], hunalign: [] as number[], realign: [] as number[]}
  for (const [file, code] of languages) {
    for (const [source, target, name, sourceLang, targetLang] of [['eng', file, `en-${code}`, 'en', code], [file, 'eng', `${code}-en`, code, 'en']] as const) {
      const task = buildTask(seed, readMultiCorpus(source, target))
      const [sourceLines, targetLines] = [task.sourceLines, task.targetLines].map((lines) => lines.replace(/\n\n+/g, '\n')) as [string, string]
      const gold = bisentences(task.sentenceGold)
      const ours = score(bisentences(align(parseDocument(sourceLines, {format: 'lines'}), parseDocument(targetLines, {format: 'lines'})).sentences), gold)
      totals.bitext.push(f1(ours))
      let line = `${name.padEnd(8)}${cell(ours).padEnd(21)}`
      if (binary) {
        const files = hunalignInput(directory, name, tokenized(sourceLines, sourceLang), tokenized(targetLines, targetLang))
        const hand = path.join(directory, `${name}.ladder`)
        writeFileSync(hand, ladder(task.sentenceGold))
        for (const [key, extra] of [['hunalign', []], ['realign', ['-realign']]] as const) {
          const run = runHunalign(binary, files, hand, extra)
          const figures = score(run.pairs, gold)
          // Our count of hunalign's output must agree with what hunalign prints for itself.
          const agrees = Math.abs(figures.precision - run.own.precision) < 1e-3 && Math.abs(figures.recall - run.own.recall) < 1e-3
          totals[key].push(f1(figures))
          line += `${cell(figures)}${agrees ? '' : ` (hunalign prints P ${run.own.precision} R ${run.own.recall})`}`.padEnd(21)
        }
      }
      console.log(line)
    }
  }
  const mean = (values: number[]) => (values.length === 0 ? NaN : values.reduce((sum, value) => sum + value, 0) / values.length)
  console.log(`\nmean F1 over ${totals.bitext.length} tasks: bitext ${mean(totals.bitext).toFixed(3)}, hunalign ${mean(totals.hunalign).toFixed(3)}, hunalign -realign ${mean(totals.realign).toFixed(3)}`)
} finally {
  rmSync(directory, {recursive: true, force: true})
}
