import type {Anchor} from '../anchors/types.js'
import {extractAnchors} from '../anchors/extract-anchors.js'
import {isEmphasisWord} from '../anchors/emphasis-words.js'
import {foldName} from '../anchors/match-name.js'
import type {BitextDocument, Block} from '../document/types.js'
import {tokenize} from '../text/tokenize.js'
import type {PackedWords} from './packed-words.js'
import {packWords, unpackWords} from './packed-words.js'

/** What the anchor rules read of one document, computed once per `check`. */
export interface DocumentAnchors {
  /** Anchors of each block (by block index), code blocks none. */
  blocks: Anchor[][]
  /** Folded words of each block, in order, for looking names up in the text itself (`blockWords` reads them). */
  words: PackedWords[]
  /** Values of the words in capitals left out as emphasis (`must`, `am` where the text also writes `I am`). */
  emphasised: Set<string>
}

/** The folded words of block `index` of a document, in order. */
export function blockWords(anchors: DocumentAnchors, index: number): string[] {
  return unpackWords(anchors.words[index])
}

/** The folded words of part `[start, end)` of block `index`'s text, as `blockWords` reads a whole block's. */
export function spanWords(document: BitextDocument, index: number, span: readonly [number, number]): string[] {
  const text = document.blocks[index]?.text.slice(span[0], span[1]) ?? ''
  return tokenize(text, document.lang).map((token) => foldName(token.text, document.lang))
}

const lowerStart = /^\p{Ll}/u

/**
 * A single word in capitals this long or longer is an emphasised word, not an acronym: Turkish
 * inflects its emphasis (`İÇERMEMELİDİR`, `ARTIRILMALIDIR`) into forms the document never writes in
 * lower case, while acronyms of eight plain letters or more are rare; so is a hyphenated word with
 * such a part (`NON-INFRINGING`, `MERCHANTABLE`). Hyphenated acronyms of short parts (`OIC-PESNET`),
 * and digit-bearing ones (`G20`) never count as emphasis; RFC 2119 keywords (`MUST`) and Turkish
 * modal suffixes (`-MALIDIR`, `-EBİLİR`) always do (`isEmphasisWord`).
 */
const emphasisLength = 8
const plainWord = /^\p{L}+(?:-\p{L}+)*$/u

/**
 * Extracts the anchors and folded words of a document. Words in capitals that
 * the document also writes in lower case (`MUST`, `MAJOR`, `BÜYÜK`) are
 * emphasis, not acronyms, and so are single words of eight letters or more in
 * capitals and runs of three or more capitalised words.
 */
export function readDocumentAnchors(document: BitextDocument): DocumentAnchors {
  const lower = new Set<string>()
  const words = document.blocks.map((block) => {
    const tokens = tokenize(block.text, document.lang)
    for (const token of tokens) if (lowerStart.test(token.text)) lower.add(foldName(token.text, document.lang))
    return packWords(tokens.map((token) => foldName(token.text, document.lang)))
  })
  const emphasised = new Set<string>()
  const blocks = document.blocks.map((block) => {
    if (block.kind === 'code') return []
    const anchors = withoutCodeNumbers(withoutShouting(extractAnchors(block.text, document.lang), block.text), block)
    const kept = anchors.filter((anchor) => anchor.kind !== 'acronym' || !(lower.has(anchor.value) || isEmphasis(anchor)))
    for (const anchor of anchors) if (anchor.kind === 'acronym' && !kept.includes(anchor)) emphasised.add(anchor.value)
    // `slice`: a list of exactly its length, kept for the whole check (`filter` leaves room to grow).
    return kept.slice()
  })
  return {blocks, words, emphasised}
}

/**
 * Leaves out the acronyms that the other document left out as emphasis: what one side cannot tell
 * from a word (`AM`, Assembly Member, beside the English `I am`) is not compared on the other side
 * alone, where `AM` would be a name the first side lacks.
 */
export function withoutEmphasisedBy(anchors: DocumentAnchors, other: DocumentAnchors): DocumentAnchors {
  if (other.emphasised.size === 0) return anchors
  const blocks = anchors.blocks.map((list) => (list.some((anchor) => anchor.kind === 'acronym' && other.emphasised.has(anchor.value)) ? list.filter((anchor) => anchor.kind !== 'acronym' || !other.emphasised.has(anchor.value)) : list))
  return {...anchors, blocks}
}

const numericKinds = new Set(['number', 'date', 'percent', 'range', 'ordinal'])

/**
 * Drops the numbers written inside the block's inline code and template tags
 * (`tutorial001_py39.py`, `127.0.0.1/8`): `code-mismatch` compares those as code.
 */
function withoutCodeNumbers(anchors: Anchor[], block: Block): Anchor[] {
  const spans = codeRanges(block)
  if (spans.length === 0) return anchors
  const inCode = (anchor: Anchor) => spans.some(([start, end]) => start <= anchor.start && anchor.start < end)
  return anchors.filter((anchor) => !numericKinds.has(anchor.kind) || !inCode(anchor))
}

/** Where the block's code spans occur in its text (every occurrence, white space collapsed as in the text). */
function codeRanges(block: Block): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const code of new Set(block.code ?? [])) {
    const needle = code.replace(/\s+/gu, ' ').trim().normalize('NFC')
    if (needle === '') continue
    for (let at = block.text.indexOf(needle); at >= 0; at = block.text.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length])
    }
  }
  return ranges
}

function isEmphasis(anchor: Anchor): boolean {
  if (isEmphasisWord(anchor.text, anchor.value)) return true
  return plainWord.test(anchor.text) && anchor.text.split('-').some((part) => part.length >= emphasisLength)
}

/** Capitalised words in a row this long are a phrase in capitals (`[INSERT CONTACT METHOD]`), not acronyms. */
const shoutedRun = 3

/** Drops acronyms that stand in a run of three or more capitalised words separated by spaces only. */
function withoutShouting(anchors: Anchor[], text: string): Anchor[] {
  const shouted = new Set<Anchor>()
  let run: Anchor[] = []
  const close = () => {
    if (run.length >= shoutedRun) for (const anchor of run) shouted.add(anchor)
    run = []
  }
  for (const anchor of anchors) {
    const previous = run.at(-1)
    const joined = previous !== undefined && /^\s+$/.test(text.slice(previous.end, anchor.start))
    if (anchor.kind !== 'acronym' || !joined) close()
    if (anchor.kind === 'acronym') run.push(anchor)
  }
  close()
  return anchors.filter((anchor) => !shouted.has(anchor))
}
