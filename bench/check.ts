// `npm run bench:check`: plants divergences into faithful translations and measures what
// `check` finds (recall per rule) and what it wrongly reports (false alarms per 100 blocks);
// then times `bitext check` on the seed pair, Node's start included.
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {align} from '../src/align/align.js'
import {extractAnchors} from '../src/anchors/extract-anchors.js'
import {check} from '../src/check/check.js'
import {toCheckReport} from '../src/check/to-check-report.js'
import type {CheckReport} from '../src/check/types.js'
import {parseDocument} from '../src/document/parse-document.js'
import type {Kind, Pair, Plant} from './check/perturb.js'
import {loud, plantDelete, plantMove, plantNumber, plantUntranslated} from './check/perturb.js'
import {random as seeded} from './random.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpora = path.join(root, '..', 'shared', 'corpora')
const seeds = Number(process.env['SEEDS'] ?? 25)
const kinds: Kind[] = ['delete', 'number', 'untranslated', 'move']

/** The pipeline on two Markdown texts: parse → align → check → report. */
function run(source: string, target: string): CheckReport {
  const alignment = align(parseDocument(source, {format: 'markdown', lang: 'en'}), parseDocument(target, {format: 'markdown', lang: 'tr'}))
  return toCheckReport(alignment, check(alignment))
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)]
}

/** 1-1 paragraph pairs of the unperturbed alignment with enough words to be a paragraph. */
function paragraphPairs(source: string, target: string): {pairs: Pair[]; blocks: ReturnType<typeof parseDocument>['blocks']} {
  const alignment = align(parseDocument(source, {format: 'markdown', lang: 'en'}), parseDocument(target, {format: 'markdown', lang: 'tr'}))
  const pairs: Pair[] = []
  for (const bead of alignment.blocks) {
    const s = alignment.source.blocks[bead.source[0] ?? -1]
    const t = alignment.target.blocks[bead.target[0] ?? -1]
    if (bead.source.length !== 1 || bead.target.length !== 1 || !s || !t) continue
    if (s.kind === 'paragraph' && t.kind === 'paragraph' && s.text.split(/\s+/).length >= 8) pairs.push({source: s, target: t})
  }
  return {pairs, blocks: alignment.target.blocks}
}

function plant(kind: Kind, source: string, target: string, pairs: Pair[], blocks: Pair['target'][], random: () => number): Plant | undefined {
  const pair = pick(kind === 'number' ? pairs.filter((candidate) => digitNumber(candidate.target)) : pairs, random)
  if (!pair) return undefined
  if (kind === 'delete') return plantDelete(target, pair)
  if (kind === 'untranslated') return plantUntranslated(source, target, pair)
  if (kind === 'number') return plantNumber(target, pair, digitNumber(pair.target) ?? {start: 0, end: 0, text: ''})
  const later = blocks.filter((block) => block.index >= pair.target.index + 4)
  const before = pick(later, random)
  return before ? plantMove(target, pair, before) : undefined
}

/**
 * A number of digits standing alone in the block's prose: numbers in inline code are code, which
 * `code-mismatch` compares, and digits in a name (`S3`) are not a number.
 */
function digitNumber(block: Pair['target']) {
  const prose = (block.code ?? []).reduce((text, code) => text.replaceAll(code, ' '.repeat(code.length)), block.text)
  const alone = (start: number, end: number) => !/[\p{L}\p{N}]/u.test(prose[start - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(prose[end] ?? ' ')
  return extractAnchors(prose, 'tr').find((anchor) => anchor.kind === 'number' && /^\d+$/.test(anchor.text) && alone(anchor.start, anchor.end))
}

interface Tally {
  planted: number
  found: number
  falseAlarms: number
  blocks: number
}

function benchCorpus(name: string, tallies: Record<Kind, Tally>): {blocks: number; baseline: number} {
  const source = readFileSync(path.join(corpora, name, 'en.md'), 'utf8')
  const target = readFileSync(path.join(corpora, name, 'tr.md'), 'utf8')
  const baseline = run(source, target)
  const known = new Set(baseline.findings.map((finding) => finding.fingerprint))
  const {pairs, blocks} = paragraphPairs(source, target)
  const size = Math.max(baseline.source.blocks, baseline.target.blocks)
  for (let seed = 1; seed <= seeds; seed++) {
    const random = seeded(seed * 7919 + name.length)
    for (const kind of kinds) {
      const planted = plant(kind, source, target, pairs, blocks, random)
      if (!planted) continue
      const report = run(source, planted.target)
      const tally = tallies[kind]
      tally.planted++
      if (report.findings.some(planted.found)) tally.found++
      else if (process.env['DEBUG']) {
        console.log(`missed ${kind} in ${name} (seed ${seed}):`, report.findings.map((finding) => `${finding.rule} ${finding.source?.block ?? '-'}/${finding.target?.block ?? '-'} ${finding.message.slice(0, 60)}`))
        console.log(report.alignment.beads.filter((bead) => bead.source.length !== 1 || bead.target.length !== 1).map((bead) => JSON.stringify(bead)).join(' '))
      }
      tally.falseAlarms += loud(report).filter((finding) => !planted.touches(finding) && !known.has(finding.fingerprint)).length
      tally.blocks += size
    }
  }
  return {blocks: size, baseline: loud(baseline).length}
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function timeSeedPair(): string {
  const cli = process.env['BITEXT_CLI'] ?? path.join(root, 'dist', 'cli.js')
  if (!existsSync(cli)) return `${cli} not built (run \`npm run build\`): wall time not measured`
  const args = [cli, 'check', 'fixtures/iskur-international-relations/tr.txt', 'fixtures/iskur-international-relations/en.txt', '--fail-on', 'never']
  const times: number[] = []
  for (let run = 0; run < 11; run++) {
    const start = performance.now()
    spawnSync(process.execPath, args, {cwd: root, stdio: 'ignore'})
    times.push(performance.now() - start)
  }
  const bare = [] as number[]
  for (let run = 0; run < 11; run++) {
    const start = performance.now()
    spawnSync(process.execPath, ['-e', ''], {stdio: 'ignore'})
    bare.push(performance.now() - start)
  }
  return `bitext check on the seed pair (node ${path.relative(root, cli)}, 11 runs): median ${median(times).toFixed(0)} ms wall; \`node -e ''\` alone ${median(bare).toFixed(0)} ms`
}

const tallies = Object.fromEntries(kinds.map((kind) => [kind, {planted: 0, found: 0, falseAlarms: 0, blocks: 0}])) as Record<Kind, Tally>
const expected: Record<Kind, string> = {delete: 'only-in-source', number: 'number-mismatch', untranslated: 'untranslated', move: 'moved'}
console.log(`bitext check bench: ${seeds} seeds × ${kinds.length} planted divergences per faithful pair (source en, target tr)\n`)
for (const name of ['contributor-covenant', 'twelve-factor']) {
  const {blocks, baseline} = benchCorpus(name, tallies)
  console.log(`${name}: ${blocks} blocks; unperturbed: ${baseline} warning/error findings = ${((100 * baseline) / blocks).toFixed(2)} per 100 blocks`)
}
console.log('\n| planted | expected rule | planted | found | recall | other false alarms / 100 blocks |')
console.log('|---|---|---|---|---|---|')
for (const kind of kinds) {
  const tally = tallies[kind]
  // No pair to plant in (the faithful corpora have no number standing alone in a paragraph's prose): say so, no figure.
  const recall = tally.planted ? (tally.found / tally.planted).toFixed(3) : 'n/a (nothing to plant in)'
  console.log(`| ${kind} | ${expected[kind]} | ${tally.planted} | ${tally.found} | ${recall} | ${((100 * tally.falseAlarms) / Math.max(1, tally.blocks)).toFixed(2)} |`)
}
console.log(`\n${timeSeedPair()}`)
