import {collectText} from './collect-text.js'
import type {RawBlock, RawSentence} from './raw-block.js'
import {groupParagraphs, splitLines} from './split-lines.js'
import {toBlock} from './parse-text.js'

/**
 * Parses pre-segmented text: one sentence per line, a blank line ends a
 * paragraph. Each paragraph is a block whose sentences are exactly its lines.
 */
export function parseLines(value: string): RawBlock[] {
  return groupParagraphs(splitLines(value)).map((group) => {
    const block = toBlock(group, 'paragraph')
    const sentences: RawSentence[] = []
    let start = 0
    for (const entry of group) {
      const length = collectText([{value: entry.value, offset: entry.offset}]).text.length
      sentences.push({start, end: start + length})
      start += length + 1
    }
    return {...block, sentences}
  })
}
