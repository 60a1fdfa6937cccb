/**
 * Client of the HTML report, part 2: builds the rows from the report JSON with DOM calls only
 * (`textContent`, never `innerHTML`), so no text of the documents can become markup.
 */
import type {ReportBlock} from '../../../check/types.js'
import type {DiffPart} from '../outdated-diffs.js'
import type {Context, Side} from './context.js'
import type {Range} from './model.js'
import {dropOverlaps, markRanges} from './model.js'

type Bead = Context['beads'][number]

/** An element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** The blocks of one side by their index. */
export function indexBlocks(blocks: readonly ReportBlock[]): Record<number, ReportBlock> {
  const byIndex: Record<number, ReportBlock> = {}
  for (const block of blocks) byIndex[block.index] = block
  return byIndex
}

/** The row of one bead: badges, source cell, target cell, score. */
export function renderRow(ctx: Context, bead: Bead, index: number): HTMLElement {
  const row = el('section', 'row')
  const ids = ctx.placed.rows[index] ?? []
  row.dataset['bead'] = String(index)
  // report.html#row-14 links to a row; being focusable, the linked row gets the focus.
  row.id = `row-${index}`
  row.tabIndex = -1
  row.title = `alignment score ${bead.score.toFixed(2)}`
  if (isBand(ctx, bead)) row.classList.add('band')
  if (bead.score < ctx.weakScore) row.classList.add('weak')
  if (ids.length > 0) row.appendChild(renderBadges(ctx, ids))
  row.appendChild(renderCell(ctx, 'source', bead, ids))
  row.appendChild(renderCell(ctx, 'target', bead, ids))
  row.appendChild(el('span', 'score', bead.score.toFixed(2)))
  return row
}

function isBand(ctx: Context, bead: Bead): boolean {
  const blocks = [...bead.source.map((b) => ctx.blocks.source[b]), ...bead.target.map((b) => ctx.blocks.target[b])]
  return blocks.length > 0 && blocks.every((block) => block?.kind === 'heading')
}

function renderCell(ctx: Context, side: Side, bead: Bead, ids: number[]): HTMLElement {
  const cell = el('div', `cell ${side}`)
  cell.lang = ctx.report[side].lang
  cell.dataset['label'] = ctx.report[side].lang.toUpperCase()
  if (bead[side].length === 0) {
    cell.classList.add('empty')
    cell.appendChild(el('span', 'none', 'no counterpart'))
    return cell
  }
  for (const index of bead[side]) {
    const block = ctx.blocks[side][index]
    if (block) cell.appendChild(renderBlock(ctx, side, block, ids))
  }
  return cell
}

function renderBlock(ctx: Context, side: Side, block: ReportBlock, ids: number[]): HTMLElement {
  const node = el('p', `block ${block.kind}`)
  if (block.lang && block.lang !== 'und' && block.lang !== ctx.report[side].lang) node.lang = block.lang
  // Arabic, Hebrew, Persian … run right to left: each block takes its direction from its own text.
  node.dir = 'auto'
  node.appendChild(el('span', 'ln', String(block.line)))
  const diff = side === 'source' ? diffOfBlock(ctx, block, ids) : undefined
  if (diff) appendDiff(node, diff)
  else appendMarked(ctx, node, block.text, blockRanges(ctx, side, block, ids))
  return node
}

/** The ranges of the block's text that its findings highlight (`finding.highlight[side]`). */
function blockRanges(ctx: Context, side: Side, block: ReportBlock, ids: number[]): Range[] {
  const ranges: Range[] = []
  for (const id of ids) {
    const finding = ctx.report.findings[id]
    if (!finding || ctx.findingBlocks[id]?.[side] !== block.index) continue
    for (const range of markRanges(block.text, finding.highlight?.[side] ?? [], block.lang)) ranges.push([range[0], range[1], id])
  }
  return dropOverlaps(ranges)
}

function appendMarked(ctx: Context, node: HTMLElement, text: string, ranges: Range[]): void {
  let at = 0
  for (const [start, end, id = 0] of ranges) {
    if (start > at) node.appendChild(document.createTextNode(text.slice(at, start)))
    const mark = el('mark', `sev-${ctx.report.findings[id]?.severity}`, text.slice(start, end))
    mark.dataset['f'] = String(id)
    node.appendChild(mark)
    at = end
  }
  if (at < text.length) node.appendChild(document.createTextNode(text.slice(at)))
}

function diffOfBlock(ctx: Context, block: ReportBlock, ids: number[]): {id: number; parts: DiffPart[]} | undefined {
  for (const id of ids) {
    const diff = ctx.diffs[id]
    if (diff && ctx.findingBlocks[id]?.source === block.index) return {id, parts: diff}
  }
  return undefined
}

function appendDiff(node: HTMLElement, diff: {id: number; parts: DiffPart[]}): void {
  for (const [kind, text] of diff.parts) {
    if (kind === '=') {
      node.appendChild(document.createTextNode(text))
      continue
    }
    const change = el(kind === '+' ? 'ins' : 'del', '', text)
    change.title = kind === '+' ? 'added since the translation' : 'removed since the translation'
    change.dataset['f'] = String(diff.id)
    node.appendChild(change)
  }
}

/** The badges of a row's findings: severity, rule id, message. */
export function renderBadges(ctx: Context, ids: number[]): HTMLElement {
  const list = el('ul', 'badges')
  for (const id of ids) {
    const finding = ctx.report.findings[id]
    if (!finding) continue
    const badge = el('li', `badge sev-${finding.severity}`)
    badge.dataset['f'] = String(id)
    badge.appendChild(el('span', 'sev', finding.severity))
    badge.appendChild(el('code', 'rule', finding.rule))
    badge.appendChild(el('span', 'msg', finding.message))
    list.appendChild(badge)
  }
  return list
}
