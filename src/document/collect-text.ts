import type {TextPiece} from './raw-block.js'

/** A piece of source text and its offset in the original value. */
export interface SourceChunk {
  value: string
  offset: number
}

/** Plain text built from source chunks, and its map back to the source. */
export interface CollectedText {
  text: string
  pieces: TextPiece[]
}

/** A run of words separated by single spaces: it maps to the text unchanged when it is NFC. */
const runs = /\S+(?: \S+)*/gu

/**
 * Joins chunks of source text into one plain text: runs of white space (line
 * breaks and NBSP included) become one space, the ends are trimmed, and each
 * run of non-space characters is NFC-normalised and mapped to its source offset.
 * Chunks are joined without a space unless one of them has white space there.
 * Pieces are only recorded where the text-to-source shift changes, so a line
 * of single-spaced NFC words costs one piece, not one per word.
 */
export function collectText(chunks: readonly SourceChunk[]): CollectedText {
  const parts: string[] = []
  const pieces: TextPiece[] = []
  let length = 0
  let space = false
  for (const chunk of chunks) {
    let end = 0
    for (const match of chunk.value.matchAll(runs)) {
      if (match.index > end) space = true
      if (space && length > 0) parts.push(' '), length++
      space = false
      for (const word of normalizedWords(match[0], chunk.offset + match.index)) {
        addPiece(pieces, length + word.at, word.source)
        if (word.at === 0) parts.push(word.text)
        else parts.push(' ', word.text)
        length += word.at === 0 ? word.text.length : word.text.length + 1
      }
      end = match.index + match[0].length
    }
    if (end < chunk.value.length) space = true
  }
  return {text: parts.join(''), pieces}
}

/**
 * The words of a run, NFC-normalised, each with its source offset and `at`
 * (0 for the first word, else 1: a space goes before it). A run already in NFC
 * is one word: normalising it word by word would give the same text.
 */
function normalizedWords(run: string, source: number): Array<{text: string; at: number; source: number}> {
  const normalized = run.normalize('NFC')
  if (normalized === run) return [{text: run, at: 0, source}]
  let index = 0
  return run.split(' ').map((word, position) => {
    const entry = {text: word.normalize('NFC'), at: position === 0 ? 0 : 1, source: source + index}
    index += word.length + 1
    return entry
  })
}

/** Adds a piece unless the previous one already maps this offset with the same shift. */
export function addPiece(pieces: TextPiece[], text: number, source: number): void {
  const last = pieces.at(-1)
  if (!last || last.source - last.text !== source - text) pieces.push({text, source})
}

/** The source offset of a text offset, through the pieces (linear inside a piece). */
export function sourceOffset(pieces: readonly TextPiece[], offset: number): number {
  let low = 0
  let high = pieces.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((pieces[middle]?.text ?? 0) <= offset) low = middle
    else high = middle - 1
  }
  const piece = pieces[low]
  return piece ? piece.source + (offset - piece.text) : 0
}
