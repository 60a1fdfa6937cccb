/**
 * bench:check-moves — a sentence moved in a file of one sentence a line (no paragraph marks, one
 * block a side): NTREX windows of 30 lines, English against each of eleven languages in both
 * directions, no lexicon, the languages given. In each window one line of the second side is moved
 * at least four lines away (seeded); `check` should say `moved`, pointing at both lines, not that
 * one sentence is missing and another has no source. The same windows unmoved count false moves.
 * Prints, per pair: moves found (the right two lines), reported as two `only-in` findings instead,
 * on one side only, not at all; and `moved` findings on faithful windows. Figures only: never fails.
 */
import {align} from '../src/align/align.js'
import {check} from '../src/check/check.js'
import type {Finding} from '../src/check/finding.js'
import {parseDocument} from '../src/document/parse-document.js'
import {random} from './random.js'
import {buildTask} from './align/task.js'
import {ntrexFiles as files, readCorpusLines} from './check/ntrex-languages.js'

const option = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const size = option('--lines', 30)
const windows = option('--windows', 10)
const read = (file: string) => readCorpusLines(file).slice(0, 1997)
const english = read('ntrex-multi/eng.txt')

interface Tally {
  moved: number
  both: number
  one: number
  none: number
  falseMoves: number
  falseOnFaithful: number
  /** Moves reported on the window perturbed as bench:align-short does (merges, splits, drops, inserts: nothing moved), and how many of them pair a sentence with another's translation. */
  onPerturbed: number
  wrongOnPerturbed: number
}

console.log(`bench:check-moves — NTREX, ${windows} windows of ${size} lines per pair, one line of the second side moved, one block a side\n`)
console.log('pair    moved  only-in both  one side  none   wrong moves  moves on faithful  on perturbed (wrong)')
const total: Tally = {moved: 0, both: 0, one: 0, none: 0, falseMoves: 0, falseOnFaithful: 0, onPerturbed: 0, wrongOnPerturbed: 0}
for (const [lang, file] of Object.entries(files)) {
  const other = read(file)
  for (const [sourceLang, targetLang] of [['en', lang], [lang, 'en']] as const) {
    const [sourceLines, targetLines] = sourceLang === 'en' ? [english, other] : [other, english]
    const tally: Tally = {moved: 0, both: 0, one: 0, none: 0, falseMoves: 0, falseOnFaithful: 0, onPerturbed: 0, wrongOnPerturbed: 0}
    for (let window = 0; window < windows; window++) {
      const next = random(window + 1)
      const from = Math.floor((window * (english.length - size)) / Math.max(1, windows - 1))
      const source = sourceLines.slice(from, from + size)
      const target = targetLines.slice(from, from + size)
      const faithful = findings(source, target, sourceLang, targetLang)
      tally.falseOnFaithful += faithful.filter((finding) => finding.ruleId === 'moved').length
      // Line `p` of the target goes to `q`, at least four lines away.
      const p = Math.floor(next() * size)
      let q = p
      while (Math.abs(q - p) < 4) q = Math.floor(next() * size)
      const moved = [...target]
      moved.splice(q, 0, ...moved.splice(p, 1))
      const found = findings(source, moved, sourceLang, targetLang)
      const right = found.filter((finding) => finding.ruleId === 'moved' && finding.sourceLocation?.line === p + 1 && finding.targetLocation?.line === q + 1)
      tally.falseMoves += found.filter((finding) => finding.ruleId === 'moved').length - right.length
      const sourceOnly = found.some((finding) => finding.ruleId === 'only-in-source' && covers(finding.sourceLocation, p + 1))
      const targetOnly = found.some((finding) => finding.ruleId === 'only-in-target' && covers(finding.targetLocation, q + 1))
      const task = buildTask(window + 1, {en: source, tr: target, docs: [Array.from(source, () => 'doc')]})
      const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '')
      const perturbed = findings(lines(task.sourceLines), lines(task.targetLines), sourceLang, targetLang).filter((finding) => finding.ruleId === 'moved')
      tally.onPerturbed += perturbed.length
      tally.wrongOnPerturbed += perturbed.filter((finding) => {
        const at = source.indexOf(finding.sourceLocation?.text ?? '')
        return at < 0 || target.indexOf(finding.targetLocation?.text ?? '') !== at
      }).length
      if (right.length > 0) tally.moved++
      else if (sourceOnly && targetOnly) tally.both++
      else if (sourceOnly || targetOnly) tally.one++
      else tally.none++
    }
    for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += tally[key]
    console.log(
      `${sourceLang}-${targetLang}`.padEnd(8) +
        `${tally.moved}`.padEnd(7) +
        `${tally.both}`.padEnd(14) +
        `${tally.one}`.padEnd(10) +
        `${tally.none}`.padEnd(7) +
        `${tally.falseMoves}`.padEnd(13) +
        `${tally.falseOnFaithful}`.padEnd(19) +
        `${tally.onPerturbed} (${tally.wrongOnPerturbed})`
    )
  }
}
const runs = 2 * Object.keys(files).length * windows
console.log(
  `\nall ${runs} moves: ${total.moved} found as moved, ${total.both} as two only-in findings, ${total.one} on one side only, ${total.none} not reported; ` +
    `${total.falseMoves} wrong moves beside them; ${total.falseOnFaithful} moves reported on the ${runs} faithful windows, ` +
    `${total.onPerturbed} on the ${runs} perturbed ones (nothing moved there), ${total.wrongOnPerturbed} of them pairing a sentence with another's translation`
)

/** The warnings and errors of `check` on two files of one sentence a line. */
function findings(source: string[], target: string[], sourceLang: string, targetLang: string): Finding[] {
  const alignment = align(parseDocument(source.join('\n'), {format: 'lines', lang: sourceLang}), parseDocument(target.join('\n'), {format: 'lines', lang: targetLang}))
  return (check(alignment) as Finding[]).filter((finding) => finding.severity !== 'info')
}

function covers(place: {line: number; endLine: number} | undefined | null, line: number): boolean {
  return place !== undefined && place !== null && place.line <= line && line <= place.endLine
}
