import type {BlockKind} from '../document/types.js'
import type {JobBlock} from './plan-job.js'

/** Where a job's block goes in the target, and as what kind of block. */
export interface Placement {
  /** Target blocks replaced; `[]` for a new block. */
  replaces: number[]
  /** Target block after which a new block goes; `-1` before the first. */
  after: number
  kind: BlockKind
  depth?: number
  /** The digest of the target text the place is relative to (`targetAnchor`, `lineAnchor`), when the job has one. */
  anchor?: string
  /** In a file of one sentence a line, the target lines replaced (`[]` for new lines) or the line new ones go after (`0`: first); over `replaces` and `after`. */
  lines?: {replaces: number[]; after: number}
}

/**
 * The group's `resname`: `block=7;after=3;kind=paragraph;anchor=1f2e3d4c`,
 * `block=9;replace=4;kind=heading;depth=2;anchor=…` (source block first, so each is unique); for
 * lines of a file of one sentence a line, `block=0;lines=12;replace-lines=12;kind=paragraph;anchor=…`
 * or `block=0;lines=40,41;after-line=37;…` (the source lines after the block).
 */
export function placementName(block: Pick<JobBlock, 'block' | 'replaces' | 'after' | 'kind' | 'depth' | 'anchor' | 'lines'>): string {
  const {lines} = block
  const where = lines
    ? `lines=${lines.source.join(',')};${lines.replaces.length > 0 ? `replace-lines=${lines.replaces.join(',')}` : `after-line=${lines.after}`}`
    : block.replaces.length > 0
      ? `replace=${block.replaces.join(',')}`
      : `after=${block.after}`
  const depth = block.depth === undefined ? '' : `;depth=${block.depth}`
  return `block=${block.block};${where};kind=${block.kind}${depth}${block.anchor === '' ? '' : `;anchor=${block.anchor}`}`
}

const kinds = new Set<string>(['heading', 'paragraph', 'list-item', 'table-row', 'quote', 'code'])

/** Reads a `resname` written by `placementName` (with or without `anchor`); `undefined` when it is not one. */
export function parsePlacement(name: string): Placement | undefined {
  const fields = new Map(name.split(';').map((field): [string, string] => [field.slice(0, field.indexOf('=')), field.slice(field.indexOf('=') + 1)]))
  const kind = fields.get('kind') ?? ''
  if (!kinds.has(kind)) return undefined
  const replaces = (fields.get('replace') ?? '').split(',').filter((part) => part !== '').map(Number)
  const after = Number(fields.get('after') ?? '-1')
  const depth = fields.has('depth') ? Number(fields.get('depth')) : undefined
  const anchor = fields.get('anchor')
  if (replaces.some((index) => !Number.isInteger(index) || index < 0) || !Number.isInteger(after)) return undefined
  const lines = fields.has('lines') ? linePlace(fields) : undefined
  if (lines === null) return undefined
  return {replaces, after, kind: kind as BlockKind, ...(depth === undefined ? {} : {depth}), ...(anchor === undefined ? {} : {anchor}), ...(lines ? {lines} : {})}
}

/** The target lines of a `resname` with `lines`; `null` when they are not line numbers. */
function linePlace(fields: ReadonlyMap<string, string>): {replaces: number[]; after: number} | null {
  const replaces = (fields.get('replace-lines') ?? '').split(',').filter((part) => part !== '').map(Number)
  const after = Number(fields.get('after-line') ?? '0')
  if (replaces.some((line) => !Number.isInteger(line) || line < 1) || !Number.isInteger(after) || after < 0) return null
  return {replaces, after}
}

/** The id of a job entry's group, unique in the job: `b7`, or `b0-l12` for lines of a file of one sentence a line (its first source line). */
export function groupId(block: Pick<JobBlock, 'block' | 'lines'>): string {
  return block.lines ? `b${block.block}-l${block.lines.source[0] ?? 0}` : `b${block.block}`
}
