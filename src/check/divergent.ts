import {saysUnrelated, unrelatedBelow} from '../align/unrelated-score.js'
import {evidenceOf, textOf} from './check-numbers.js'
import {unique} from './check-names.js'
import type {Bead} from '../align/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import type {FindingInput} from './finding.js'
import {createFinding} from './finding.js'
import type {PairComparison} from './pair-comparison.js'

/** At least this many one-sided names and numbers… */
const minOneSided = 4

/**
 * …or a 1-1 pair whose bead score says unrelated (`unrelatedBelow`), both blocks being at least
 * this many characters long: shorter pairs (headings, list items) share too little evidence for
 * their score to mean much, unless it is far lower (`shortUnrelatedBelow`). On the real pairs (`npm run bench:align-scores`), no faithful 1-1
 * pair of that length scored below the threshold but one, while most paragraphs replaced by an
 * unrelated one did.
 */
const minScoredLength = 80
const minShorterLength = 20
const mismatchedBelow = 0.4

/**
 * A shorter 1-1 pair (both blocks at least `minShorterLength` characters in the source's terms)
 * whose score is below this says unrelated too: such pairs share little evidence, so their scores
 * spread wider, but not this low. On the first 400 NTREX paragraphs, English against 11
 * translations with one in ten replaced (`npm run bench:check-languages`), 1-1 pairs whose shorter
 * block is 20-80 characters: 0 of 1,330 faithful ones scored below 0.15 (the lowest, 0.18), and 76
 * of 144 replaced ones did.
 */
const shortUnrelatedBelow = 0.15

/**
 * A pair scores as unrelated below `unrelatedBelow`, and this far below the median score of the
 * document's long 1-1 pairs when there are `minTypical` of them: a pair of languages that share
 * little (no lexicon, another script: English and Russian) scores its faithful pairs lower, and the
 * bar comes down with them. Measured on the first 400 NTREX paragraphs, English against each of 11
 * translations with one paragraph in ten replaced by unrelated text (see the README's check rules).
 */
const typicalMargin = 0.3
const minTypical = 8

/**
 * `divergent`: an aligned pair that says different things. Either its names and numbers mostly
 * differ — at least four of them (digit numbers, acronyms, URLs, names the lexicon knows) are on
 * one side only, more than are on both sides — or it is a 1-1 pair whose alignment score says its
 * blocks are unrelated (rewritten rather than translated): below the document's bar for long
 * blocks, far below it for shorter ones.
 */
export function checkDivergent(context: CheckContext, pairs: readonly PairComparison[]): {findings: Finding[]; divergent: Set<PairComparison>} {
  const severity = context.settings.divergent
  const divergent = new Set<PairComparison>()
  if (severity === 'off') return {findings: [], divergent}
  const findings: Finding[] = []
  const threshold = unrelatedThreshold(context, pairs)
  const orphans = blocksWithOrphans(context)
  for (const pair of pairs) {
    const verdict = anchorVerdict(pair) ?? scoreVerdict(context, pair, threshold, orphans)
    if (!verdict) continue
    divergent.add(pair)
    findings.push(createFinding({rule: 'divergent', severity, source: pair.source, target: pair.target, ...verdict}))
  }
  return {findings, divergent}
}

type Verdict = Pick<FindingInput, 'message' | 'evidence' | 'highlight'>

/** Names and numbers mostly on one side only. */
function anchorVerdict(pair: PairComparison): Verdict | undefined {
  const {numbers, verbatim, known, matched} = pair.comparison
  const source = unique([...numbers.source, ...verbatim.source, ...known.source])
  const target = unique([...numbers.target, ...verbatim.target, ...known.target])
  const oneSided = source.length + target.length
  if (oneSided < minOneSided || oneSided <= matched) return undefined
  return {
    message: `Pair says different things: ${oneSided} names and numbers appear on one side only, ${matched} on both`,
    evidence: {score: unitBead(pair).score, matched, source: source.map(evidenceOf), target: target.map(evidenceOf)},
    highlight: {source: source.map(textOf), target: target.map(textOf)}
  }
}

/** A long enough 1-1 pair that the aligner scored as unrelated (nothing in particular to highlight: the whole pair). */
function scoreVerdict(context: CheckContext, pair: PairComparison, threshold: number, orphans: Orphans): Verdict | undefined {
  const bead = unitBead(pair)
  if (!saysUnrelated(bead) || holdsMoved(context, pair)) return undefined
  const bar = scoredPair(context, pair) ? threshold : shortPair(context, pair, orphans) ? Math.min(threshold, shortUnrelatedBelow) : 0
  if (bead.score >= bar) return undefined
  return {
    message: `Pair reads as rewritten, not translated: its alignment score ${bead.score} is below ${bar}`,
    evidence: {score: bead.score, threshold: bar}
  }
}

/**
 * Both blocks of a 1-1 pair long enough for their score to mean something: `minScoredLength`
 * characters, the target's counted in the source's terms (Chinese says in 30 characters what English
 * says in 100: `lengthRatio`).
 */
function longEnough(context: CheckContext, pair: PairComparison): boolean {
  return lengths(context, pair, context.lengthRatio).shorter >= minScoredLength
}

/**
 * A 1-1 pair whose score may call it rewritten: both blocks long enough (`longEnough`), or one long
 * enough and the other less than 40 % as long both in the source's terms and in characters (a
 * Chinese line with English names in it is long in the one, short in the other), but not a mere
 * label (`minShorterLength`): a long paragraph against a short one is itself a sign of a rewrite, and
 * such pairs were left out while both had to be long (Japanese, which says much in few characters,
 * had 2 of 40 replaced paragraphs found by their score). Only `longEnough` pairs set the typical score.
 */
function scoredPair(context: CheckContext, pair: PairComparison): boolean {
  const {shorter, longer} = lengths(context, pair, context.lengthRatio)
  if (shorter >= minScoredLength) return true
  const raw = lengths(context, pair, 1)
  return longer >= minScoredLength && shorter >= minShorterLength && shorter < mismatchedBelow * longer && raw.shorter < mismatchedBelow * raw.longer
}

/**
 * A 1-1 pair too short for `scoredPair` that `shortUnrelatedBelow` judges: both blocks at least
 * `minShorterLength` long, and every sentence of both paired (a sentence one side lacks explains a
 * low score, and `only-in-source`/`only-in-target` report it). A sentence pair of a long block pair
 * (`comparePairs`) must have paired sentence beads on both sides of it.
 */
function shortPair(context: CheckContext, pair: PairComparison, orphans: Orphans): boolean {
  if (lengths(context, pair, context.lengthRatio).shorter < minShorterLength) return false
  if (pair.sentences) return !orphans.besideSentences.has(pair.sentences)
  const [source = -1, target = -1] = [pair.bead.source[0], pair.bead.target[0]]
  return !orphans.source.has(source) && !orphans.target.has(target)
}

/**
 * Whether a block pair holds a sentence moved out of order (`CheckContext.moved`): its score counts a
 * sentence whose translation stands elsewhere, and `moved` reports that one.
 */
function holdsMoved(context: CheckContext, pair: PairComparison): boolean {
  if (pair.sentences) return false
  const blockOf = (side: 'source' | 'target', index: number | undefined) => context.sentences[side].get(index ?? -1)?.block ?? -1
  return context.moved.some((move) => pair.bead.source.includes(blockOf('source', move.source[0])) || pair.bead.target.includes(blockOf('target', move.target[0])))
}

/** Blocks of each side, by index, that hold a sentence no other sentence pairs with; sentence beads next to such a sentence. */
interface Orphans {
  source: Set<number>
  target: Set<number>
  besideSentences: Set<Bead>
}

/** The blocks of each side that hold a sentence of a 1-0 or 0-1 sentence bead, and the sentence beads beside those. */
function blocksWithOrphans(context: CheckContext): Orphans {
  const {sentences} = context.alignment
  const blockOf = (side: 'source' | 'target', index: number) => context.sentences[side].get(index)?.block ?? -1
  const orphans: Orphans = {source: new Set(), target: new Set(), besideSentences: new Set()}
  for (const [at, bead] of sentences.entries()) {
    if (bead.source.length > 0 && bead.target.length > 0) continue
    for (const index of bead.source) orphans.source.add(blockOf('source', index))
    for (const index of bead.target) orphans.target.add(blockOf('target', index))
    for (const beside of [sentences[at - 1], sentences[at + 1]]) if (beside) orphans.besideSentences.add(beside)
  }
  return orphans
}

/** The bead whose units were compared: the sentence bead of a long block pair's sentence pair, else the block bead. */
function unitBead(pair: PairComparison): Bead {
  return pair.sentences ?? pair.bead
}

/**
 * The shorter and longer unit of a pair (blocks, or the sentences of a long block pair's sentence
 * pair), the target's length divided by `ratio` (the source's terms when it is the document's length ratio).
 */
function lengths(context: CheckContext, pair: PairComparison, ratio: number): {shorter: number; longer: number} {
  const {bead} = pair
  const source = pair.sentences ? (pair.source?.text.length ?? 0) : (context.alignment.source.blocks[bead.source[0] ?? -1]?.text.length ?? 0)
  const target = (pair.sentences ? (pair.target?.text.length ?? 0) : (context.alignment.target.blocks[bead.target[0] ?? -1]?.text.length ?? 0)) / ratio
  return {shorter: Math.min(source, target), longer: Math.max(source, target)}
}

/** `unrelatedBelow`, or less where the document's long 1-1 pairs score low (see `typicalMargin`), rounded to 4 places. */
function unrelatedThreshold(context: CheckContext, pairs: readonly PairComparison[]): number {
  const scores = pairs.map(unitBead).flatMap((bead, at) => (bead.source.length === 1 && bead.target.length === 1 && longEnough(context, pairs[at] as PairComparison) ? [bead.score] : []))
  if (scores.length < minTypical) return unrelatedBelow
  scores.sort((a, b) => a - b)
  const median = scores[Math.floor(scores.length / 2)] ?? 1
  return Math.min(unrelatedBelow, Math.round((median - typicalMargin) * 10_000) / 10_000)
}
