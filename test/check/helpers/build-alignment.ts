import type {Alignment, Bead} from '../../../src/align/types.js'
import type {BitextDocument, Block, BlockKind, Sentence} from '../../../src/document/types.js'

/** A block as a test writes it: its text, or the text with a few fields set. */
export type BlockSpec = string | {text: string; kind?: BlockKind; lang?: string; langConfidence?: number; translatable?: boolean}

/**
 * A document whose blocks are one line each, separated by a blank line
 * (block i on line 2i + 1), sentences split after `.`, `!` or `?` before a space.
 */
export function buildDocument(specs: BlockSpec[], options: {lang: string; path?: string}): BitextDocument {
  let sentenceIndex = 0
  const blocks: Block[] = specs.map((spec, index) => {
    const given = typeof spec === 'string' ? {text: spec} : spec
    const line = 2 * index + 1
    const sentences = splitSentences(given.text).map((part): Sentence => ({index: sentenceIndex++, block: index, line, ...part}))
    const block: Block = {
      index,
      kind: given.kind ?? 'paragraph',
      text: given.text,
      lang: given.lang ?? options.lang,
      langConfidence: given.langConfidence ?? 1,
      translatable: given.translatable ?? given.kind !== 'code',
      position: {start: {line, column: 1, offset: 0}, end: {line, column: given.text.length + 1, offset: 0}},
      sentences
    }
    if (block.kind === 'heading') block.depth = 2
    return block
  })
  const document: BitextDocument = {lang: options.lang, langConfidence: 1, format: 'text', blocks, sections: []}
  if (options.path !== undefined) document.path = options.path
  return document
}

function splitSentences(text: string): Array<{text: string; start: number; end: number}> {
  const parts: Array<{text: string; start: number; end: number}> = []
  for (const match of text.matchAll(/\S(?:.*?)(?:[.!?](?=\s|$)|$)/gs)) {
    const start = match.index ?? 0
    parts.push({text: match[0], start, end: start + match[0].length})
  }
  return parts
}

/** A bead as a test writes it: `[[0], [0]]`, optionally with a score. */
export type BeadSpec = [number[], number[], number?]

/**
 * An alignment of two documents from block beads; sentence beads pair the
 * sentences of each block bead in order (leftovers one-sided) unless given.
 */
export function buildAlignment(source: BitextDocument, target: BitextDocument, beads: BeadSpec[], sentences?: BeadSpec[]): Alignment {
  const blocks: Bead[] = beads.map(([s, t, score]) => ({source: s, target: t, score: score ?? 0.9}))
  return {source, target, blocks, sentences: sentences ? sentences.map(([s, t, score]) => ({source: s, target: t, score: score ?? 0.9})) : zipSentences(source, target, blocks)}
}

function zipSentences(source: BitextDocument, target: BitextDocument, beads: Bead[]): Bead[] {
  const result: Bead[] = []
  for (const bead of beads) {
    const left = bead.source.flatMap((index) => source.blocks[index]?.sentences.map((s) => s.index) ?? [])
    const right = bead.target.flatMap((index) => target.blocks[index]?.sentences.map((s) => s.index) ?? [])
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const s = left[i]
      const t = right[i]
      result.push({source: s === undefined ? [] : [s], target: t === undefined ? [] : [t], score: 0.9})
    }
  }
  return result
}

/** 1-1 beads for two documents of equal length. */
export function oneToOne(count: number): BeadSpec[] {
  return Array.from({length: count}, (_, index): BeadSpec => [[index], [index]])
}
