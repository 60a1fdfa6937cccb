import type {Bead} from '../align/types.js'
import type {Block} from '../document/types.js'
import {codeLines, lineKey, looksLikeCode} from './code-key.js'
import type {CheckContext} from './context.js'
import {beadBlocks} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blocksLocation} from './locate.js'
import {unmatchedItems} from './unmatched-items.js'

/** Items shown in a message and kept as evidence, per side. */
const shown = 5

/**
 * `code-mismatch`: code that differs between the two sides of an aligned
 * pair. Code blocks are compared line by line with comments removed and prose
 * strings masked (`codeLines`): a changed, added or removed line is a finding.
 * Inline code and template tags (`{* … *}`, `{% … %}`) are compared as written,
 * white space collapsed: a finding when each side has one the other lacks and
 * one of them is code, not a plain word (a translated UI label in backticks is
 * not flagged, nor is inline code only one side writes).
 */
export function checkCode(context: CheckContext): Finding[] {
  const severity = context.settings['code-mismatch']
  if (severity === 'off') return []
  const {alignment} = context
  const findings: Finding[] = []
  for (const bead of alignment.blocks) {
    if (bead.source.length === 0 || bead.target.length === 0) continue
    const difference = compareCode(context, bead)
    if (!difference) continue
    findings.push(
      createFinding({
        rule: 'code-mismatch',
        severity,
        message: codeMessage(difference.source, difference.target),
        source: blocksLocation(alignment.source, bead.source),
        target: blocksLocation(alignment.target, bead.target),
        evidence: {source: difference.source.slice(0, shown), target: difference.target.slice(0, shown)},
        highlight: {source: difference.source.slice(0, shown), target: difference.target.slice(0, shown)}
      })
    )
  }
  return findings
}

/** The code items of each side the other lacks, or `undefined` when nothing worth a finding differs. */
function compareCode(context: CheckContext, bead: Bead): {source: string[]; target: string[]} | undefined {
  const source = beadBlocks(context.alignment, bead, 'source')
  const target = beadBlocks(context.alignment, bead, 'target')
  const blocks = unmatchedLines(source.flatMap(blockLines), target.flatMap(blockLines))
  const bothHaveCode = source.some(isCode) && target.some(isCode)
  if (bothHaveCode && (blocks.source.length > 0 || blocks.target.length > 0)) return blocks
  const inline = unmatchedLines(source.flatMap(inlineCode), target.flatMap(inlineCode))
  const changed = inline.source.length > 0 && inline.target.length > 0
  return changed && [...inline.source, ...inline.target].some(looksLikeCode) ? inline : undefined
}

/** The lines of each side whose layout-free form the other side lacks, as written. */
function unmatchedLines(source: readonly string[], target: readonly string[]): {source: string[]; target: string[]} {
  const left = unmatchedItems(source.map(lineKey), target.map(lineKey))
  const written = (keys: readonly string[], lines: readonly string[]) => {
    const pool = [...lines]
    return keys.map((key) => {
      const at = pool.findIndex((line) => lineKey(line) === key)
      return at >= 0 ? (pool.splice(at, 1)[0] ?? key) : key
    })
  }
  return {source: written(left.source, source), target: written(left.target, target)}
}

function isCode(block: Block): boolean {
  return block.kind === 'code'
}

function blockLines(block: Block): string[] {
  return isCode(block) ? codeLines(block.text) : []
}

function inlineCode(block: Block): string[] {
  return (block.code ?? []).map((code) => codeLines(code).join(' ')).filter((code) => code !== '')
}

function codeMessage(source: readonly string[], target: readonly string[]): string {
  if (source.length > 0 && target.length > 0) return `Code differs: source has ${list(source)}, target has ${list(target)}`
  if (source.length > 0) return `Target lacks code of the source: ${list(source)}`
  return `Target has code the source lacks: ${list(target)}`
}

function list(items: readonly string[]): string {
  const quoted = items.slice(0, shown).map((item) => `\`${item.length > 60 ? `${item.slice(0, 59)}…` : item}\``)
  return items.length > shown ? `${quoted.join(', ')} …` : quoted.join(', ')
}
