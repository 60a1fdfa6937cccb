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
    return block.kind === 'code' ? [] : withoutShouting(extractAnchors(block.text, document.lang), block.text)
  })
  return {blocks, vocabulary, stems: stemsOf(vocabulary), words}
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
