import type {CheckContext} from './context.js'

/** A name written alike in this many blocks of a document at most is rare enough to tell two blocks for counterparts. */
const maxNameBlocks = 2

/** In how many blocks of each document each name is written. */
export interface NameCounts {
  source: Map<string, number>
  target: Map<string, number>
}

/**
 * Names written alike in both blocks (`Twp`, `Pwp`: carried over untranslated) and in at most
 * `maxNameBlocks` blocks of each document, which the anchor comparison leaves out unless a lexicon
 * knows them: two orphans sharing such a name are likely counterparts.
 */
export function sharedRareNames(context: CheckContext, counts: NameCounts, source: number, target: number): number {
  const theirs = blockNames(context, 'target', target)
  const rare = (name: string) => (counts.source.get(name) ?? 0) <= maxNameBlocks && (counts.target.get(name) ?? 0) <= maxNameBlocks
  return [...blockNames(context, 'source', source)].filter((name) => theirs.has(name) && rare(name)).length
}

export function nameBlockCounts(context: CheckContext): NameCounts {
  const count = (side: 'source' | 'target') => {
    const blocks = new Map<string, number>()
    context.anchors[side].blocks.forEach((_, index) => {
      for (const name of blockNames(context, side, index)) blocks.set(name, (blocks.get(name) ?? 0) + 1)
    })
    return blocks
  }
  return {source: count('source'), target: count('target')}
}

function blockNames(context: CheckContext, side: 'source' | 'target', index: number): Set<string> {
  return new Set((context.anchors[side].blocks[index] ?? []).filter((anchor) => anchor.kind === 'name').map((anchor) => anchor.text))
}
