import type {Bead} from '../align/types.js'
import type {BitextDocument, Block} from '../document/types.js'
import {foldCase} from '../text/fold-case.js'
import {normalizeText} from '../text/normalize-text.js'
import type {CheckContext} from './context.js'
import {beadBlocks} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blockLocation, blocksLocation} from './locate.js'
import {countProseWords} from './prose.js'
import {demote} from './rule-table.js'
import type {Severity} from './types.js'

/** Fewer ordinary words than this: a names-only or numbers-only block, identical on purpose. */
const minIdenticalWords = 3
/** Language detection is trusted on blocks with at least this many ordinary words… */
const minDetectedWords = 8
/** …and at least this confidence. */
const minConfidence = 0.5

/**
 * `untranslated`: an aligned pair whose two sides are the same text (after
 * normalising white space, quotes and case), or a block written in the other
 * side's language. Code blocks and names- or numbers-only blocks are exempt.
 * Identical pairs are errors; a block detected in the other language (but not
 * identical) is one level lower, as language detection can be wrong.
 */
export function checkUntranslated(context: CheckContext): Finding[] {
  const severity = context.settings.untranslated
  if (severity === 'off') return []
  const identical = context.alignment.blocks.filter((bead) => isIdenticalPair(context, bead))
  const reported = new Set(identical.flatMap((bead) => bead.target))
  return [
    ...identical.map((bead) => identicalFinding(context, bead, severity)),
    ...otherLanguage(context, 'target', reported, demote(severity)),
    ...otherLanguage(context, 'source', new Set(identical.flatMap((bead) => bead.source)), demote(severity))
  ]
}

function isIdenticalPair(context: CheckContext, bead: Bead): boolean {
  const source = beadBlocks(context.alignment, bead, 'source')
  const target = beadBlocks(context.alignment, bead, 'target')
  if (source.length === 0 || target.length === 0) return false
  if ([...source, ...target].some((block) => !block.translatable || block.kind === 'code')) return false
  const words = countProseWords(source.map((block) => block.text).join(' '))
  return words >= minIdenticalWords && comparable(source) === comparable(target)
}

function comparable(blocks: Block[]): string {
  return foldCase(normalizeText(blocks.map((block) => block.text).join(' ')))
}

function identicalFinding(context: CheckContext, bead: Bead, severity: Severity): Finding {
  return createFinding({
    rule: 'untranslated',
    severity,
    message: 'Target is identical to the source: left untranslated?',
    source: blocksLocation(context.alignment.source, bead.source),
    target: blocksLocation(context.alignment.target, bead.target),
    evidence: {identical: true}
  })
}

/** Blocks of `side` detected, with confidence, in the other side's language. */
function otherLanguage(context: CheckContext, side: 'source' | 'target', skip: Set<number>, severity: Severity): Finding[] {
  const own = context.alignment[side]
  const other = context.alignment[side === 'source' ? 'target' : 'source']
  if (own.lang === other.lang) return []
  return own.blocks
    .filter((block) => !skip.has(block.index) && isInLanguage(block, other.lang))
    .map((block) => languageFinding(own, block, side, other.lang, severity))
}

function isInLanguage(block: Block, lang: string): boolean {
  return (
    block.translatable &&
    block.kind !== 'code' &&
    block.lang === lang &&
    block.langConfidence >= minConfidence &&
    countProseWords(block.text) >= minDetectedWords
  )
}

function languageFinding(document: BitextDocument, block: Block, side: 'source' | 'target', lang: string, severity: Severity): Finding {
  const location = blockLocation(document, block.index)
  return createFinding({
    rule: 'untranslated',
    severity,
    message: `Block is written in ${lang}, the language of the other side, not in ${document.lang}`,
    source: side === 'source' ? location : null,
    target: side === 'target' ? location : null,
    evidence: {detected: block.lang, confidence: block.langConfidence, expected: document.lang}
  })
}
