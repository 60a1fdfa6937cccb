/**
 * bench:align-scores — does a 1-1 sentence bead's score separate translations from unrelated text?
 * On the NTREX en→tr task (seeds 1-2): "true" = the gold 1-1 beads, "false" = each of their source
 * sentences paired with a random other target sentence. Scores come from the sentence scorer of the
 * first pass (length and evidence keys, no learned pairs: the scores `align` prints after learning
 * are somewhat higher for translations). Prints quantiles, ROC AUC and the threshold of best F1.
 * Then, on the real Turkish/English pairs, how many faithful and rewritten 1-1 block pairs score
 * below `unrelatedBelow` (the threshold `check`'s divergent uses), by the length of their shorter side.
 * Figures only: never fails.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {createContext} from '../src/align/align-context.js'
import {resolveOptions} from '../src/align/options.js'
import {createBeadScorer} from '../src/align/score-bead.js'
import {unrelatedBelow} from '../src/align/unrelated-score.js'
import {parseDocumentLazily} from '../src/document/parse-lazily.js'
import {random} from './random.js'
import {realSwapScores} from './align/real-swaps.js'
import {buildTask} from './align/task.js'

const quantiles = [0.1, 0.25, 0.5, 0.75, 0.9]
const at = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0

/** Scores of the gold 1-1 beads and of as many random mismatched pairs, for one seed. */
async function scores(seed: number): Promise<{real: number[]; unrelated: number[]}> {
  const task = buildTask(seed)
  const source = await parseDocumentLazily(task.sourceLines, {format: 'lines', lang: 'en'})
  const target = await parseDocumentLazily(task.targetLines, {format: 'lines', lang: 'tr'})
  const context = createContext(source, target, resolveOptions({}, 'en', 'tr'))
  const scorer = createBeadScorer(context.source.sentences, context.target.sentences, {model: context.model, keyCount: context.keys.size, textKeys: context.textKeys, keys: context.keys, scorer: undefined, level: 'sentence'})
  const next = random(seed)
  const real: number[] = []
  const unrelated: number[] = []
  for (const bead of task.sentenceGold) {
    const [i, j] = [bead.source[0], bead.target[0]]
    if (bead.source.length !== 1 || bead.target.length !== 1 || i === undefined || j === undefined) continue
    real.push(scorer.score(i, 1, j, 1))
    let other = Math.floor(next() * scorer.targetCount)
    if (other === j) other = (other + 1) % scorer.targetCount
    unrelated.push(scorer.score(i, 1, other, 1))
  }
  return {real, unrelated}
}

/** Probability that a random real pair outscores a random unrelated one (ties count half). */
function rocAuc(real: readonly number[], unrelated: readonly number[]): number {
  const all = [...real.map((score) => ({score, real: true})), ...unrelated.map((score) => ({score, real: false}))].sort((a, b) => a.score - b.score)
  let rankSum = 0
  for (let start = 0; start < all.length; ) {
    let end = start
    while (end < all.length && all[end]?.score === all[start]?.score) end++
    const rank = (start + 1 + end) / 2
    for (let index = start; index < end; index++) if (all[index]?.real) rankSum += rank
    start = end
  }
  return (rankSum - (real.length * (real.length + 1)) / 2) / (real.length * unrelated.length)
}

/** The threshold (score ≥ t counts as a translation) of best F1 for finding the unrelated pairs below it. */
function bestThreshold(real: readonly number[], unrelated: readonly number[]) {
  let best = {threshold: 0, precision: 0, recall: 0, f1: 0}
  for (let step = 1; step < 100; step++) {
    const threshold = step / 100
    const caught = unrelated.filter((score) => score < threshold).length
    const wrong = real.filter((score) => score < threshold).length
    const precision = caught / Math.max(1, caught + wrong)
    const recall = caught / Math.max(1, unrelated.length)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    if (f1 > best.f1) best = {threshold, precision, recall, f1}
  }
  return best
}

console.log('bench:align-scores — 1-1 sentence bead scores, NTREX en→tr, real (gold 1-1) vs unrelated (random pairing)\n')
for (const seed of [1, 2]) {
  const {real, unrelated} = await scores(seed)
  const line = (name: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    console.log(`  ${name.padEnd(9)} n ${String(values.length).padStart(5)}  ${quantiles.map((q) => `q${q * 100} ${at(sorted, q).toFixed(3)}`).join('  ')}`)
  }
  console.log(`seed ${seed}:`)
  line('real', real)
  line('unrelated', unrelated)
  const best = bestThreshold(real, unrelated)
  console.log(`  ROC AUC ${rocAuc(real, unrelated).toFixed(4)}; best threshold for "unrelated": score < ${best.threshold.toFixed(2)} (precision ${best.precision.toFixed(3)}, recall ${best.recall.toFixed(3)})`)
}

const realPairs = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'real-pairs')
if (existsSync(realPairs)) {
  console.log(`\nreal Turkish/English pairs (${realPairs}): 1-1 block scores, faithful pairs vs a paragraph replaced by another of similar length`)
  console.log(`(check's divergent reports a 1-1 pair scored below unrelatedBelow = ${unrelatedBelow} when both blocks have ≥ 80 characters)`)
  const {faithful, rewritten} = await realSwapScores(realPairs)
  for (const shortest of [0, 40, 80, 120]) {
    const f = faithful.filter((pair) => pair.length >= shortest).map((pair) => pair.score)
    const r = rewritten.filter((pair) => pair.length >= shortest).map((pair) => pair.score)
    const below = (values: number[]) => values.filter((score) => score < unrelatedBelow).length
    console.log(
      `  both sides ≥ ${String(shortest).padStart(3)} chars: faithful n ${String(f.length).padStart(3)}, below ${below(f)} (${(below(f) / Math.max(1, f.length)).toFixed(3)});` +
        ` rewritten n ${String(r.length).padStart(3)}, below ${below(r)} (recall ${(below(r) / Math.max(1, r.length)).toFixed(3)}); ROC AUC ${rocAuc(f, r).toFixed(3)}`
    )
  }
}
