import type {Alignment, Bead} from '../align/types.js'
import type {FindingJson, RuleId} from '../check/types.js'
import type {Block, BlockKind} from '../document/types.js'
import type {InlineCode} from './inline-markup.js'
import {lineEntry, lineFilePairs} from './plan-lines.js'
import {targetAnchor} from './target-anchor.js'

/** Rules whose source block needs (re)translation. */
const workRules: ReadonlySet<RuleId> = new Set<RuleId>(['only-in-source', 'untranslated', 'divergent', 'outdated'])

/** One source block that needs work, and where its translation goes in the target. */
export interface JobBlock {
  /** Index of the source block. */
  block: number
  /** The rule that asked for it. */
  rule: RuleId
  kind: BlockKind
  /** Heading depth, on headings. */
  depth?: number
  /** Target blocks the translation replaces; `[]` when it is a new block. */
  replaces: number[]
  /** Target block after which a new block goes; `-1` before the first. */
  after: number
  /**
   * 8 hex digits of SHA-256 over the text of the target blocks the place is relative to (those replaced,
   * else the one it goes after, or the first): `applyJob` refuses a target whose text there differs.
   * `''` for an empty target.
   */
  anchor: string
  /** The block's sentences, in order. */
  sentences: string[]
  /** Text of the source blocks before and after, for context; `''` at the ends. */
  context: {before: string; after: string}
  /**
   * The block's inline markup, when `createJob` had the source text and the block has some: the block is
   * then one sentence whose placeholders (U+E000 + index) stand for these codes.
   */
  codes?: InlineCode[]
  /**
   * Set when the findings sit on sentences of a file of one sentence a line (a long block pair whose
   * sentences are one a line on both sides): the entry is then one sentence bead of that pair, its
   * `sentences` those of the bead, its `context` the source lines around it, and its translation
   * replaces target lines or goes after one, not the whole block (`replaces` and `after` still name
   * the pair's target block).
   */
  lines?: JobLines
}

/** Where the translation of some lines of a file of one sentence a line goes (`JobBlock.lines`). */
export interface JobLines {
  /** The source lines (1-based) of the entry's sentences. */
  source: number[]
  /** Target lines the translation replaces; `[]` when its lines are new. */
  replaces: number[]
  /** Target line after which new lines go; `0` before the first. */
  after: number
}

/**
 * The source blocks a `check` says need work (`only-in-source`, `untranslated`, `divergent`, `outdated`,
 * also when folded into a louder finding's `evidence.also`), in source order, each with its place in the target: the target blocks it replaces, or the aligned
 * target block it goes after.
 */
export function planJob(alignment: Alignment, findings: readonly FindingJson[]): JobBlock[] {
  if (!Array.isArray(alignment?.blocks) || !Array.isArray(findings)) {
    throw new TypeError('planJob: expected an Alignment and the findings of `check` (FindingJson[]); pass `align(…)` and `toCheckReport(…).findings`')
  }
  const lineFiles = lineFilePairs(alignment)
  const byBlock = new Map<number, RuleId>()
  const bySentences = new Map<Bead, RuleId>()
  for (const finding of findings) {
    const rule = workRule(finding)
    if (rule === undefined || finding.source === null) continue
    const sentenceBead = finding.source.sentence === undefined ? undefined : lineFiles.beadOf.get(finding.source.sentence)
    if (sentenceBead) {
      if (!bySentences.has(sentenceBead)) bySentences.set(sentenceBead, rule)
    } else if (!byBlock.has(finding.source.block)) byBlock.set(finding.source.block, rule)
  }
  const blocks = alignment.source.blocks
  const whole = [...byBlock.keys()].map((index): JobBlock => {
    const block = blocks[index]!
    const replaces = byBlock.get(index) === 'only-in-source' ? [] : pairedTargets(alignment, index)
    const after = replaces.length > 0 ? replaces[0]! - 1 : targetBefore(alignment, index)
    return {
      block: index,
      rule: byBlock.get(index)!,
      kind: block.kind,
      ...(block.depth === undefined ? {} : {depth: block.depth}),
      replaces,
      after,
      anchor: targetAnchor(alignment.target.blocks, {replaces, after}),
      sentences: sentencesOf(block),
      context: {before: blocks[index - 1]?.text ?? '', after: blocks[index + 1]?.text ?? ''}
    }
  })
  // A block that needs work as a whole is not also asked for line by line.
  const lines = [...bySentences].flatMap(([bead, rule]) => {
    const entry = lineEntry(alignment, lineFiles, bead, rule)
    return entry && !byBlock.has(entry.block) ? [entry] : []
  })
  return [...whole, ...lines].sort((a, b) => a.block - b.block || (a.lines?.source[0] ?? 0) - (b.lines?.source[0] ?? 0))
}

/** The finding's rule when it asks for work, else the first such rule it carries in `evidence.also` (one finding per pair). */
function workRule(finding: FindingJson): RuleId | undefined {
  if (workRules.has(finding.rule)) return finding.rule
  const also = Array.isArray(finding.evidence['also']) ? (finding.evidence['also'] as Array<{rule?: RuleId}>) : []
  return also.map((entry) => entry.rule).find((rule): rule is RuleId => rule !== undefined && workRules.has(rule))
}

function sentencesOf(block: Block): string[] {
  return block.sentences.length > 0 ? block.sentences.map((sentence) => sentence.text) : [block.text]
}

function pairedTargets(alignment: Alignment, block: number): number[] {
  return alignment.blocks.filter((bead) => bead.source.includes(block)).flatMap((bead) => bead.target)
}

/** The last target block aligned to a source block before `block`; `-1` when there is none. */
function targetBefore(alignment: Alignment, block: number): number {
  let after = -1
  for (const bead of alignment.blocks) {
    if (bead.target.length === 0 || bead.source.length === 0) continue
    if (Math.max(...bead.source) < block) after = Math.max(after, ...bead.target)
  }
  return after
}
