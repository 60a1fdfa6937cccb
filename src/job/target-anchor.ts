import {createHash} from 'node:crypto'
import type {Block} from '../document/types.js'
import {normalizeText} from '../text/normalize-text.js'

/**
 * What a job's place in the target is relative to, as 8 hex digits of SHA-256 over the normalised
 * text of those target blocks: the blocks it replaces, else the block it goes after (the first block
 * when it goes first). `applyJob` compares it with the target it is given, so a job applied to
 * another target, or to one edited since, is refused instead of landing in the wrong place.
 * `''` when there is no such block (an empty target).
 */
export function targetAnchor(blocks: readonly Block[], place: {replaces: readonly number[]; after: number}): string {
  const anchors = place.replaces.length > 0 ? place.replaces.map((index) => blocks[index]) : [blocks[Math.max(place.after, 0)]]
  if (anchors.some((block) => block === undefined)) return ''
  const hash = createHash('sha256')
  for (const block of anchors) hash.update(normalizeText((block as Block).text) + '\n')
  return hash.digest('hex').slice(0, 8)
}
