import type {BlockKind} from './types.js'

/** Where a run of block text starts in the source: text offset `text` is source offset `source`. */
export interface TextPiece {
  text: number
  source: number
}

/** A pre-segmented sentence of a raw block, offsets in the block's text. */
export interface RawSentence {
  start: number
  end: number
}

/**
 * What a format parser produces for one block, before sentences, language and
 * indices are added by `buildDocument`.
 */
export interface RawBlock {
  kind: BlockKind
  depth?: number
  /** Plain text, white space collapsed, NFC. */
  text: string
  /** Offsets of the block's source in the original value: start inclusive, end exclusive. */
  start: number
  end: number
  /** Maps text offsets back to source offsets, in order. */
  pieces: TextPiece[]
  /** Sentences given by the format (lines); otherwise `splitSentences` finds them. */
  sentences?: RawSentence[]
  /** Language declared by the source (HTML `lang`). */
  lang?: string
  /** Inline code spans and template tags, as written (see `Block.code`). */
  code?: string[]
  /** Link targets and image sources, as written. */
  links?: string[]
}

/** `block` with its source offsets moved by `base`: a block parsed from a slice, placed in the whole source. */
export function shifted(block: RawBlock, base: number): RawBlock {
  return {...block, start: block.start + base, end: block.end + base, pieces: block.pieces.map((piece) => ({text: piece.text, source: piece.source + base}))}
}
