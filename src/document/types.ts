/**
 * The document model: plain, JSON-serialisable data that every later stage
 * (align → check → memory → report) reads.
 */

/** Input formats that `parseDocument` understands. */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'lines'

/** A place in the original file (unist convention: 1-based line and column, 0-based offset). */
export interface Point {
  line: number
  column: number
  offset: number
}

/** Start (inclusive) and end (exclusive) of a span in the original file. */
export interface Position {
  start: Point
  end: Point
}

/** Kinds of block, in the words of mdast/hast. */
export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list-item'
  | 'table-row'
  | 'quote'
  | 'code'

/** A sentence inside a block. */
export interface Sentence {
  /** Index of the sentence in the whole document, reading order, from 0. */
  index: number
  /** Index of the block it belongs to. */
  block: number
  /** The sentence text (a slice of `block.text`, trimmed). */
  text: string
  /** Offset of the sentence's first code unit in `block.text`. */
  start: number
  /** Offset after the sentence's last code unit in `block.text`. */
  end: number
  /** 1-based line in the original file where the sentence starts. */
  line: number
}

/** A block: heading, paragraph, list item, table row, quote or code. */
export interface Block {
  /** Index of the block in the document, reading order, from 0. */
  index: number
  kind: BlockKind
  /** Heading depth 1-6; only on headings. */
  depth?: number
  /** Plain text: inline markup removed, hard-wrapped lines joined, NFC. */
  text: string
  /** BCP 47 language subtag (`tr`, `en`, …) or `und` when too short to judge. */
  lang: string
  /** Confidence of `lang`, in [0, 1]. */
  langConfidence: number
  /** False for code, URLs-only and numbers-only blocks. */
  translatable: boolean
  /** Where the block's source is in the original file. */
  position: Position
  sentences: Sentence[]
  /**
   * What must stay equal in a translation, as written: inline code spans and template tags
   * (`{{ … }}`, `{% … %}`, `{* … *}`). Absent when the block has none; code blocks keep theirs in `text`.
   */
  code?: string[]
  /** Link targets and image sources, as written. Absent when the block has none. */
  links?: string[]
}

/** A heading and the blocks under it; content before the first heading has `heading: null`. */
export interface Section {
  /** Index of the heading block, or `null`. */
  heading: number | null
  /** Indices of the blocks in the section, the heading included. */
  blocks: number[]
}

/** A parsed document. */
export interface BitextDocument {
  /** BCP 47 language subtag of the whole document, given or detected. */
  lang: string
  langConfidence: number
  format: DocumentFormat
  /** File path, when the document came from a file. */
  path?: string
  blocks: Block[]
  sections: Section[]
}
