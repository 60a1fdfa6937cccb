import type {Alignment} from '../align/types.js'
import {foldName} from '../anchors/match-name.js'
import type {Block} from '../document/types.js'
import {tokenize} from '../text/tokenize.js'

/** Word stems of the two languages that go together, learned from the pair's own aligned blocks. */
export interface WordAssociation {
  /** For each source stem, the target stems it is translated by. */
  links: Map<string, Set<string>>
  /** For each target stem, the source stems it translates. */
  reverse: Map<string, Set<string>>
  /** Weight of each stem of either side: rare stems say more (inverse document frequency). */
  weights: {source: Map<string, number>; target: Map<string, number>}
}

/** Stems are the first letters of a folded word: Turkish suffixes and English endings fall away. */
const stemLength = 5
/** Words shorter than this carry little meaning (`ve`, `the`). */
const minWord = 3
/** A stem pair must co-occur at least this often… */
const minCount = 2
/** …with at least this Dice coefficient. */
const minDice = 0.3

/** The distinct stems of a block. */
export function blockStems(block: Block, lang: string): Set<string> {
  const stems = new Set<string>()
  for (const token of tokenize(block.text, lang)) {
    const word = foldName(token.text, lang).replace(/['\u2019].*$/u, '')
    if (word.length >= minWord) stems.add(word.slice(0, stemLength))
  }
  return stems
}

/**
 * Learns which stems translate which from the 1-1 block beads: pairs that
 * co-occur at least twice and are each other's best by Dice coefficient
 * (competitive linking). Equal stems (names, numbers, cognates) always go
 * together.
 */
export function learnAssociation(alignment: Alignment): WordAssociation {
  const {links, reverse} = competitiveLinks(countCooccurrences(alignment))
  return {links, reverse, weights: {source: idf(alignment.source.blocks, alignment.source.lang), target: idf(alignment.target.blocks, alignment.target.lang)}}
}

interface Counts {
  pairs: Map<string, number>
  source: Map<string, number>
  target: Map<string, number>
}

/** How often each stem, and each source-target stem pair, occurs in the 1-1 block beads. */
function countCooccurrences(alignment: Alignment): Counts {
  const counts: Counts = {pairs: new Map(), source: new Map(), target: new Map()}
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const bead of alignment.blocks) {
    const source = alignment.source.blocks[bead.source[0] ?? -1]
    const target = alignment.target.blocks[bead.target[0] ?? -1]
    if (bead.source.length !== 1 || bead.target.length !== 1 || !source || !target) continue
    const left = blockStems(source, alignment.source.lang)
    const right = blockStems(target, alignment.target.lang)
    for (const stem of left) add(counts.source, stem)
    for (const stem of right) add(counts.target, stem)
    for (const a of left) for (const b of right) add(counts.pairs, `${a}\u0000${b}`)
  }
  return counts
}

/** Keeps the pairs seen often enough that are each other's best by Dice coefficient (ties kept). */
function competitiveLinks(counts: Counts): Pick<WordAssociation, 'links' | 'reverse'> {
  const best = {source: new Map<string, number>(), target: new Map<string, number>()}
  const scored: Array<[string, string, number]> = []
  for (const [key, count] of counts.pairs) {
    const [a = '', b = ''] = key.split('\u0000')
    const dice = (2 * count) / ((counts.source.get(a) ?? 0) + (counts.target.get(b) ?? 0))
    if (count < minCount || dice < minDice) continue
    scored.push([a, b, dice])
    best.source.set(a, Math.max(best.source.get(a) ?? 0, dice))
    best.target.set(b, Math.max(best.target.get(b) ?? 0, dice))
  }
  const links = new Map<string, Set<string>>()
  const reverse = new Map<string, Set<string>>()
  for (const [a, b, dice] of scored) {
    if (dice < (best.source.get(a) ?? 1) || dice < (best.target.get(b) ?? 1)) continue
    links.set(a, (links.get(a) ?? new Set()).add(b))
    reverse.set(b, (reverse.get(b) ?? new Set()).add(a))
  }
  return {links, reverse}
}

function idf(blocks: readonly Block[], lang: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const block of blocks) for (const stem of blockStems(block, lang)) counts.set(stem, (counts.get(stem) ?? 0) + 1)
  const weights = new Map<string, number>()
  for (const [stem, count] of counts) weights.set(stem, Math.log((blocks.length + 1) / count))
  return weights
}

/**
 * How well `target` translates `source`, in [0, 1]: the mean of the share of
 * source stems whose translation (or an equal stem) is in `target` and the
 * share of target stems whose source (or an equal stem) is in `source`, each
 * stem weighted by its rarity.
 */
export function associationScore(association: WordAssociation, source: Set<string>, target: Set<string>): number {
  if (source.size === 0 || target.size === 0) return 0
  const {links, reverse, weights} = association
  return (covered(source, target, links, weights.source) + covered(target, source, reverse, weights.target)) / 2
}

/** Weighted share of the stems of `from` that are, or are linked to, a stem of `to`. */
function covered(from: Set<string>, to: Set<string>, links: Map<string, Set<string>>, weights: Map<string, number>): number {
  let found = 0
  let total = 0
  for (const stem of from) {
    const weight = weights.get(stem) ?? 1
    total += weight
    if (to.has(stem) || [...(links.get(stem) ?? [])].some((link) => to.has(link))) found += weight
  }
  return total === 0 ? 0 : found / total
}
