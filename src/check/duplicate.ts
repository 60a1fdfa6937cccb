import type {Alignment} from '../align/types.js'
import {unrelatedBelow} from '../align/unrelated-score.js'
import type {Block} from '../document/types.js'
import {foldCase} from '../text/fold-case.js'
import {normalizeText} from '../text/normalize-text.js'
import type {CheckContext} from './context.js'
import {beadBlocks} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blockLocation} from './locate.js'
import {countProseWords} from './prose.js'
import type {Severity} from './types.js'

/** Blocks with fewer ordinary words repeat legitimately ("Example", "Note"). */
const minWords = 3

/**
 * `duplicate`: the same target block (after normalising white space, quotes
 * and case) more often than the source has the text it translates: a merge
 * artefact or a paste. The source has the text as often as it has the same
 * counterpart text, or as there are copies aligned each to a source block of
 * its own that it translates (a table of contents repeated by its chapters,
 * whose translator worded a heading twice). Copies the source lacks
 * altogether are left to `only-in-target`. Each extra copy is one finding,
 * pointing back to the first copy in its evidence.
 */
export function checkDuplicate(context: CheckContext): Finding[] {
  const severity = context.settings.duplicate
  if (severity === 'off') return []
  const {alignment} = context
  const sourceCounts = countKeys(alignment.source.blocks)
  const findings: Finding[] = []
  for (const group of groupByKey(alignment.target.blocks).values()) {
    if (group.length < 2) continue
    const inSource = Math.max(translatedCopies(context, group), ...group.map((block) => counterpartCount(context, block, sourceCounts)))
    if (inSource === 0) continue
    for (const extra of group.slice(inSource)) findings.push(duplicateFinding(alignment, group, extra, inSource, severity))
  }
  return findings
}

function key(block: Block): string {
  return foldCase(normalizeText(block.text), block.lang)
}

function countKeys(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const block of blocks) counts.set(key(block), (counts.get(key(block)) ?? 0) + 1)
  return counts
}

function groupByKey(blocks: readonly Block[]): Map<string, Block[]> {
  const groups = new Map<string, Block[]>()
  for (const block of blocks) {
    if (countProseWords(block.text) < minWords) continue
    const group = groups.get(key(block))
    if (group) group.push(block)
    else groups.set(key(block), [block])
  }
  return groups
}

/** How often the source has the text that `block` translates (0 without counterpart). */
function counterpartCount(context: CheckContext, block: Block, sourceCounts: Map<string, number>): number {
  const bead = context.targetBead[block.index]
  const sources = bead ? beadBlocks(context.alignment, bead, 'source') : []
  return Math.max(0, ...sources.map((source) => sourceCounts.get(key(source)) ?? 0))
}

/** Copies that each translate a source block of their own: in distinct beads that say related. */
function translatedCopies(context: CheckContext, group: Block[]): number {
  const beads = new Set(group.map((block) => context.targetBead[block.index]).filter((bead) => bead !== undefined && bead.source.length > 0 && bead.score >= unrelatedBelow))
  return beads.size
}

function duplicateFinding(alignment: Alignment, group: Block[], extra: Block, inSource: number, severity: Severity): Finding {
  const first = group[0] ?? extra
  return createFinding({
    rule: 'duplicate',
    severity,
    message: `Target block repeats the one at line ${first.position.start.line}; the source has this text ${inSource === 1 ? 'once' : `${inSource} times`}`,
    source: null,
    target: blockLocation(alignment.target, extra.index),
    evidence: {first: blockLocation(alignment.target, first.index), copies: group.length, inSource},
    key: String(group.indexOf(extra))
  })
}
