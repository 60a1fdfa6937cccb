import type {Bead} from '../align/types.js'
import {isBoxOpener} from '../document/box-opener.js'
import type {Block, BitextDocument, Sentence} from '../document/types.js'
import {tokenize} from '../text/tokenize.js'
import type {CheckContext} from './context.js'
import {beadText} from './context.js'
import type {Finding} from './finding.js'
import {createFinding, highlightOn} from './finding.js'
import {blockLocation, sentenceLocation} from './locate.js'
import {hasContent} from './prose.js'
import type {SentencesOf} from './orphan-runs.js'
import {besideOtherOrphans, nearbyLengths, orphanRuns, splitOfNeighbour} from './orphan-runs.js'
import {demote} from './rule-table.js'
import type {Severity} from './types.js'
import type {MovedSentences} from './moved-sentences.js'

type Side = 'source' | 'target'

/** Sentences shorter than this many words are not reported alone (too easily merged away). */
const minSentenceWords = 4

/**
 * `only-in-source` / `only-in-target`: blocks in a 1-0 or 0-1 bead, and
 * sentences without counterpart inside an aligned block pair. Headings, code
 * and sentences are one severity level lower than paragraphs. Blocks listed in
 * `skip` (moved blocks, reported by `moved`) are left out, and so are the sentences of `moved`
 * (moved sentences, reported by `moved` too).
 */
export function checkOnlyIn(context: CheckContext, skip: {source: Set<number>; target: Set<number>}, moved: MovedSentences = {source: new Set(), target: new Set()}): Finding[] {
  const findings: Finding[] = []
  for (const side of ['source', 'target'] as const) {
    const setting = context.settings[side === 'source' ? 'only-in-source' : 'only-in-target']
    if (setting === 'off') continue
    findings.push(...orphanBlocks(context, side, setting, skip[side]), ...orphanSentences(context, side, setting, moved[side]))
  }
  return findings
}

function orphanBlocks(context: CheckContext, side: Side, severity: Severity, skip: Set<number>): Finding[] {
  const document = context.alignment[side]
  const other = side === 'source' ? 'target' : 'source'
  const findings: Finding[] = []
  const orphans = new Set(context.alignment.blocks.flatMap((bead) => (bead[other].length > 0 ? [] : bead[side])))
  for (const index of orphans) {
    const block = document.blocks[index]
    if (!block || skip.has(index) || !hasContent(block.text) || opensOrphanBox(block, orphans)) continue
    findings.push(blockFinding(document, block, side, blockSeverity(block, severity)))
  }
  return findings
}

/** A box opener (`/// note | Not`) whose first block is an orphan too: the box body's findings report the box. */
function opensOrphanBox(block: Block, orphans: ReadonlySet<number>): boolean {
  return block.kind === 'heading' && isBoxOpener(block.text) && orphans.has(block.index + 1)
}

function blockFinding(document: BitextDocument, block: Block, side: Side, severity: Severity): Finding {
  const location = blockLocation(document, block.index)
  const other = side === 'source' ? 'target' : 'source'
  return createFinding({
    rule: side === 'source' ? 'only-in-source' : 'only-in-target',
    severity,
    message: `${kindName(block)} has no counterpart in the ${other}`,
    source: side === 'source' ? location : null,
    target: side === 'target' ? location : null,
    evidence: {kind: block.kind, words: tokenize(block.text).length}
  })
}

function blockSeverity(block: Block, severity: Severity): Severity {
  return block.kind === 'heading' || block.kind === 'code' ? demote(severity) : severity
}

function kindName(block: Block): string {
  const names: Record<string, string> = {'list-item': 'List item', 'table-row': 'Table row'}
  return names[block.kind] ?? block.kind.charAt(0).toUpperCase() + block.kind.slice(1)
}

/**
 * Sentences without counterpart inside an aligned block pair — a translation
 * lagging by a sentence. The orphans of one block pair make one finding, kept
 * when they have at least four words and the block lengths agree that they
 * are missing (see `omissionExplainsLength`). In a block pair of more than
 * `longBlock` sentence beads (a file of one sentence a line is one block a
 * side), whose length cannot show one sentence missing, each run of orphans is
 * judged and reported alone, by the lengths of the beads around it.
 */
function orphanSentences(context: CheckContext, side: Side, severity: Severity, moved: ReadonlySet<number>): Finding[] {
  const findings: Finding[] = []
  const sentencesOf = sentenceReader(context)
  const other = side === 'source' ? 'target' : 'source'
  for (const [blockBead, beads] of context.sentenceBeads) {
    const orphans = beads.flatMap((bead, position) => (bead[other].length === 0 && bead[side].length > 0 && !bead[side].every((index) => moved.has(index)) ? [position] : []))
    if (orphans.length === 0) continue
    const long = context.bySentencePairs.has(blockBead)
    const runs = long ? orphanRuns(orphans) : [orphans]
    for (const run of runs) {
      const found = sentencesOf(side, run.map((position) => beads[position] as Bead))
      const words = found.reduce((sum, sentence) => sum + tokenize(sentence.text).length, 0)
      const length = found.reduce((sum, sentence) => sum + sentence.text.length, 0)
      const lengths = long ? nearbyLengths(sentencesOf, beads, run, side) : blockLengths(context, blockBead, side)
      if (words < minSentenceWords) continue
      const replaced = long && besideOtherOrphans(beads, run, side)
      if (!replaced && (!omissionExplainsLength(lengths, length, context.lengthRatio, side) || (long && splitOfNeighbour(sentencesOf, beads, run, side, length, context.lengthRatio)))) continue
      findings.push(sentenceFinding(context, side, found, demote(severity), lengths))
    }
  }
  return findings
}

function sentenceReader(context: CheckContext): SentencesOf {
  return (side, beads) => beads.flatMap((bead) => bead[side].flatMap((index) => context.sentences[side].get(index) ?? []))
}

function blockLengths(context: CheckContext, bead: Bead, side: Side): {own: number; other: number} {
  const other = side === 'source' ? 'target' : 'source'
  return {own: beadText(context.alignment, bead, side).length, other: beadText(context.alignment, bead, other).length}
}

/**
 * Whether the block lengths say the sentence is missing on the other side:
 * the other side's length is closer to the own length without the sentence
 * than with it (lengths compared through the document's length ratio).
 */
function omissionExplainsLength(lengths: {own: number; other: number}, sentence: number, ratio: number, side: Side): boolean {
  const scale = side === 'source' ? ratio : 1 / ratio
  return lengths.other < scale * (lengths.own - sentence / 2)
}

function sentenceFinding(context: CheckContext, side: Side, orphans: Sentence[], severity: Severity, lengths: {own: number; other: number}): Finding {
  const document = context.alignment[side]
  const first = sentenceLocation(document, orphans[0]?.index ?? -1)
  const location = first && orphans.length > 1 ? {...first, text: orphans.map((sentence) => sentence.text).join(' ')} : first
  const other = side === 'source' ? 'target' : 'source'
  const subject = orphans.length === 1 ? 'Sentence has' : `${orphans.length} sentences have`
  return createFinding({
    rule: side === 'source' ? 'only-in-source' : 'only-in-target',
    severity,
    message: `${subject} no counterpart in the ${other}; the rest of the block is aligned`,
    source: side === 'source' ? location : null,
    target: side === 'target' ? location : null,
    evidence: {
      level: 'sentence',
      [side]: orphans.map((sentence) => sentence.text),
      blockLength: lengths.own,
      counterpartLength: lengths.other,
      lengthRatio: round(context.lengthRatio)
    },
    highlight: highlightOn(side, [...(location ? [location.text] : []), ...orphans.map((sentence) => sentence.text)])
  })
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
