import type {Block} from '../document/types.js'
import {localisedUrl} from '../text/localised-url.js'
import type {CheckContext} from './context.js'
import type {Move} from './moved.js'

/**
 * Moves told by what two blocks have in common exactly: a source block and a target block, both
 * without counterpart in place, that point to the same address (compared through `localisedUrl`,
 * as `link-mismatch` does) or read the same (white space and case aside: a title, a command, a
 * line left untranslated), and are each other's best match by the number of such keys they
 * share. A reordered reading list is the common case: its items are short, so their shape says
 * little, but each item's link or title says where its counterpart went. Any number of orphans:
 * an address or a whole text two blocks share is rarely chance. A block that several blocks of
 * the other side match as well (the same link in many items, `Description:` twice) gives no move.
 * A move's score is the share of their keys the two blocks have in common.
 */
export function findKeyMoves(context: CheckContext, sources: readonly Block[], targets: readonly Block[]): Move[] {
  const langs = [context.alignment.source.lang, context.alignment.target.lang]
  const keys = (block: Block) => {
    const set = new Set((block.links ?? []).map((url) => localisedUrl(url, langs)).filter((key) => key !== ''))
    const text = block.text.replace(/\s+/g, ' ').trim().toLowerCase()
    if (text !== '') set.add(`=${text}`)
    return set
  }
  const sourceKeys = sources.map(keys)
  const targetKeys = targets.map(keys)
  const targetsOf = positionsOf(targetKeys)
  const sourceBest = sourceKeys.map((set) => uniqueBest(set, targetsOf))
  const sourcesOf = positionsOf(sourceKeys)
  return sources.flatMap((source, position) => {
    const best = sourceBest[position]
    if (best === undefined || uniqueBest(targetKeys[best] ?? new Set(), sourcesOf) !== position) return []
    const [own, other] = [sourceKeys[position] ?? new Set<string>(), targetKeys[best] ?? new Set<string>()]
    const shared = [...own].filter((key) => other.has(key)).length
    return [{source: source.index, target: (targets[best] as Block).index, score: Math.round((100 * shared) / (own.size + other.size - shared)) / 100}]
  })
}

/** The one block sharing the most keys with `keys`, or `undefined` when none does or several tie. */
function uniqueBest(keys: ReadonlySet<string>, blocksOf: ReadonlyMap<string, number[]>): number | undefined {
  const shared = new Map<number, number>()
  for (const key of keys) for (const block of blocksOf.get(key) ?? []) shared.set(block, (shared.get(block) ?? 0) + 1)
  let best: number | undefined
  let most = 0
  let tied = false
  for (const [block, count] of shared) {
    if (count > most) (best = block), (most = count), (tied = false)
    else if (count === most) tied = true
  }
  return tied ? undefined : best
}

/** The positions (in `sets`) of the blocks that have each key. */
function positionsOf(sets: ReadonlyArray<ReadonlySet<string>>): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  sets.forEach((set, position) => {
    for (const key of set) {
      const list = positions.get(key)
      if (list) list.push(position)
      else positions.set(key, [position])
    }
  })
  return positions
}
