import type {Alignment} from '../align/types.js'
import type {FindingJson, RuleId} from '../check/types.js'
import type {Block, BlockKind} from '../document/types.js'
import type {InlineCode} from './inline-markup.js'
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
  const byBlock = new Map<number, RuleId>()
  for (const finding of findings) {
    const rule = workRule(finding)
    if (rule === undefined || finding.source === null || byBlock.has(finding.source.block)) continue
    byBlock.set(finding.source.block, rule)
  }
  const blocks = alignment.source.blocks
  return [...byBlock.keys()].sort((a, b) => a - b).map((index) => {
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
