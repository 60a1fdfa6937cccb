import type {Anchor} from '../anchors/types.js'
import {extractAnchors} from '../anchors/extract-anchors.js'
import {foldName} from '../anchors/match-name.js'
import type {BitextDocument} from '../document/types.js'
import {tokenize} from '../text/tokenize.js'

/** What the anchor rules read of one document, computed once per `check`. */
export interface DocumentAnchors {
  /** Anchors of each block (by block index), code blocks none. */
  blocks: Anchor[][]
  /** Folded words the document writes in lower case: ordinary words, not names. */
  vocabulary: Set<string>
  /** Those words shortened by 1-5 letters (at least 4 left): stems a name may extend to. */
  stems: Set<string>
  /** Folded words of each block, in order, for looking names up in the text itself. */
  words: string[][]
}

const lowerStart = /^\p{Ll}/u

/** Extracts the anchors, lower-case vocabulary and folded words of a document. */
export function readDocumentAnchors(document: BitextDocument): DocumentAnchors {
  const vocabulary = new Set<string>()
  const words: string[][] = []
  const blocks = document.blocks.map((block) => {
    const tokens = tokenize(block.text, document.lang)
    words.push(tokens.map((token) => foldName(token.text, document.lang)))
    for (const token of tokens) if (lowerStart.test(token.text)) vocabulary.add(foldName(token.text, document.lang))
    return block.kind === 'code' ? [] : extractAnchors(block.text, document.lang)
  })
  return {blocks, vocabulary, stems: stemsOf(vocabulary), words}
}

function stemsOf(vocabulary: Set<string>): Set<string> {
  const stems = new Set<string>()
  for (const word of vocabulary) for (let length = Math.max(4, word.length - 5); length < word.length; length++) stems.add(word.slice(0, length))
  return stems
}

/**
 * Whether a folded name is an ordinary word of the document: some word the
 * document writes in lower case extends it (`organisation` → `organisations`)
 * or is its stem (`ülkeler` → `ülke`, 4+ letters, up to 5 letters of suffix).
 */
export function isOrdinaryWord(value: string, anchors: DocumentAnchors): boolean {
  if (anchors.vocabulary.has(value) || anchors.stems.has(value)) return true
  for (let length = Math.max(4, value.length - 5); length < value.length; length++) if (anchors.vocabulary.has(value.slice(0, length))) return true
  return false
}
