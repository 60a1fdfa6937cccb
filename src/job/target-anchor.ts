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

/**
 * `targetAnchor` of a place given in lines of a file of one sentence a line (`JobBlock.lines`): over
 * the target sentences on the lines it replaces, else on the line it goes after (the line after it
 * when no sentence is there: a blank line, the start of the file). `''` when a line has no sentence.
 */
export function lineAnchor(blocks: readonly Block[], place: {replaces: readonly number[]; after: number}): string {
  const byLine = new Map<number, string>()
  for (const block of blocks) for (const sentence of block.sentences) if (!byLine.has(sentence.line)) byLine.set(sentence.line, sentence.text)
  const lines = place.replaces.length > 0 ? place.replaces : byLine.has(place.after) ? [place.after] : [place.after + 1]
  const texts = lines.map((line) => byLine.get(line))
  if (texts.some((text) => text === undefined)) return ''
  const hash = createHash('sha256')
  for (const text of texts) hash.update(normalizeText(text as string) + '\n')
  return hash.digest('hex').slice(0, 8)
}
