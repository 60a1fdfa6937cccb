import type {BitextDocument, Block} from '../document/types.js'
import {sentenceALine} from './sentence-beads.js'
import type {FindingLocation} from './types.js'

/**
 * Where a block sits in its file: index, 1-based line and column range, text.
 * Returns `null` when the block does not exist.
 */
export function blockLocation(document: BitextDocument, index: number): FindingLocation | null {
  const block = document.blocks[index]
  if (!block) return null
  return withPath(document, {
    block: index,
    line: block.position.start.line,
    column: block.position.start.column,
    endLine: block.position.end.line,
    endColumn: block.position.end.column,
    text: block.text
  })
}

/**
 * Where a run of blocks sits (an n-m bead side): from the first block's start
 * to the last block's end, texts joined by a blank line. `null` when empty.
 */
export function blocksLocation(document: BitextDocument, indices: readonly number[]): FindingLocation | null {
  const blocks = indices.map((index) => document.blocks[index]).filter((block) => block !== undefined)
  const first = blocks[0]
  const last = blocks.at(-1)
  if (!first || !last) return null
  return withPath(document, {
    block: first.index,
    line: first.position.start.line,
    column: first.position.start.column,
    endLine: last.position.end.line,
    endColumn: last.position.end.column,
    text: blocks.map((block) => block.text).join('\n\n')
  })
}

/**
 * Where a sentence sits: its block's range, starting at the sentence's line
 * (sentences carry a line but no column; the block's column is used on its
 * first line, column 1 after).
 */
export function sentenceLocation(document: BitextDocument, index: number): FindingLocation | null {
  const block = blockOfSentence(document, index)
  const sentence = block?.sentences.find((candidate) => candidate.index === index)
  if (!block || !sentence) return null
  const line = Math.max(sentence.line, block.position.start.line)
  const column = line === block.position.start.line ? block.position.start.column : 1
  return withPath(document, {block: block.index, sentence: index, line, column, ...sentenceEnd(block, sentence, line, column), text: sentence.text})
}

/** Where some consecutive sentences sit: from the first one's start to the last one's end, their texts joined by a space. `null` when empty. */
export function sentencesLocation(document: BitextDocument, indices: readonly number[]): FindingLocation | null {
  const places = indices.map((index) => sentenceLocation(document, index))
  const first = places[0]
  const last = places.at(-1)
  if (!first || !last || places.some((place) => place === null)) return null
  return {...first, endLine: last.endLine, endColumn: last.endColumn, text: places.map((place) => place?.text ?? '').join(' ')}
}

/**
 * Where a sentence ends: on its own line when each sentence of its block is one line (`lines`
 * input, plain text read as one sentence a line: sentence k on the block's k-th line, as many
 * lines as sentences), else at the block's end, as sentences keep no end of their own.
 */
function sentenceEnd(block: Block, sentence: Block['sentences'][number], line: number, column: number): {endLine: number; endColumn: number} {
  return sentenceALine(block) ? {endLine: line, endColumn: column + sentence.text.length} : {endLine: block.position.end.line, endColumn: block.position.end.column}
}

/**
 * The block that holds sentence `index`: found by halving, as blocks number their sentences in
 * reading order (a linear search per finding made `check` quadratic on long documents), or by
 * looking at every block when they do not.
 */
function blockOfSentence(document: BitextDocument, index: number): Block | undefined {
  const {blocks} = document
  let [low, high] = [0, blocks.length - 1]
  while (low <= high) {
    const middle = (low + high) >> 1
    let probe = middle
    while (probe <= high && (blocks[probe] as Block).sentences.length === 0) probe++
    if (probe > high) {
      high = middle - 1
      continue
    }
    const block = blocks[probe] as Block
    if (index < (block.sentences[0]?.index ?? 0)) high = middle - 1
    else if (index > (block.sentences.at(-1)?.index ?? 0)) low = probe + 1
    else if (block.sentences.some((sentence) => sentence.index === index)) return block
    else break
  }
  return blocks.find((block) => block.sentences.some((sentence) => sentence.index === index))
}

function withPath(document: BitextDocument, location: FindingLocation): FindingLocation {
  return document.path === undefined ? location : {path: document.path, ...location}
}
