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

const runs = /\s+|\S+/gu

/**
 * Joins chunks of source text into one plain text: runs of white space (line
 * breaks and NBSP included) become one space, the ends are trimmed, and each
 * run of non-space characters is NFC-normalised and mapped to its source offset.
 * Chunks are joined without a space unless one of them has white space there.
 */
export function collectText(chunks: readonly SourceChunk[]): CollectedText {
  let text = ''
  let space = false
  const pieces: TextPiece[] = []
  for (const chunk of chunks) {
    for (const match of chunk.value.matchAll(runs)) {
      if (/^\s/u.test(match[0])) {
        space = true
        continue
      }
      if (space && text !== '') text += ' '
      space = false
      pieces.push({text: text.length, source: chunk.offset + match.index})
      text += match[0].normalize('NFC')
    }
  }
  return {text, pieces}
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
