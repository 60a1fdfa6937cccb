import type {RawBlock} from './raw-block.js'
import {groupParagraphs, splitLines} from './split-lines.js'
import {lineSentences} from './parse-text.js'

/**
 * Parses pre-segmented text: one sentence per line, a blank line ends a
 * paragraph. Each paragraph is a block whose sentences are exactly its lines.
 */
export function parseLines(value: string): RawBlock[] {
  return groupParagraphs(splitLines(value)).map(lineSentences)
}
