import type {BitextDocument, Block} from '../document/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding, highlightOn} from './finding.js'
import {blockLocation, sentenceLocation} from './locate.js'
import {countProseWords} from './prose.js'
import {pairLanguages} from './pair-languages.js'
import {isTitle, readsAs} from './reads-as.js'
import type {FindingLocation, Severity} from './types.js'
import {canWeigh} from './word-evidence.js'

/** Without function-word tables, language detection is trusted on blocks with at least this many ordinary words… */
const minDetectedWords = 8
/** …and at least this confidence. */
const minConfidence = 0.5

type Side = 'source' | 'target'

/**
 * Blocks and sentences of `side` written in the other side's language. Where both
 * languages have function-word tables (`readsAs`), each sentence is weighed: a block
 * whose sentences all read as the other language is one finding, and otherwise each
 * such sentence is one (`… kullanmanız gerekir. Add the following to a file starship.lua`).
 * Elsewhere franc's detection of the block is trusted on long, confident blocks.
 */
export function otherLanguage(context: CheckContext, side: Side, skip: ReadonlySet<number>, severity: Severity): Finding[] {
  const [sourceLang, targetLang] = pairLanguages(context.alignment)
  const [lang, otherLang] = side === 'source' ? [sourceLang, targetLang] : [targetLang, sourceLang]
  if (lang === otherLang) return []
  const own = {...context.alignment[side], lang}
  const candidates = own.blocks.filter((block) => !skip.has(block.index) && block.translatable && block.kind !== 'code')
  if (!canWeigh([lang, otherLang])) {
    return candidates.filter((block) => isDetectedIn(block, otherLang)).map((block) => blockFinding(own, block, side, otherLang, severity))
  }
  return candidates.flatMap((block) => weighBlock(own, block, side, otherLang, severity))
}

function weighBlock(document: BitextDocument, block: Block, side: Side, lang: string, severity: Severity): Finding[] {
  const sentences = block.sentences.length > 0 ? block.sentences : []
  const foreign = sentences.filter((sentence) => isForeign(sentence.text, lang, document.lang))
  if (foreign.length === 0) {
    return sentences.length === 0 && isForeign(block.text, lang, document.lang) ? [blockFinding(document, block, side, lang, severity)] : []
  }
  if (foreign.length === sentences.length) return [blockFinding(document, block, side, lang, severity)]
  return foreign.map((sentence) => languageFinding(sentenceLocation(document, sentence.index), 'Sentence', {side, lang, own: document.lang, severity}))
}

/** Prose of `lang` (`readsAs`) that is not a title: a list of titles (`CWE-73 External Control of File Name or Path`) is kept. */
function isForeign(text: string, lang: string, own: string): boolean {
  return readsAs(text, lang, own) && !isTitle(text, [lang, own])
}

function isDetectedIn(block: Block, lang: string): boolean {
  return block.lang === lang && block.langConfidence >= minConfidence && countProseWords(block.text) >= minDetectedWords
}

function blockFinding(document: BitextDocument, block: Block, side: Side, lang: string, severity: Severity): Finding {
  return languageFinding(blockLocation(document, block.index), 'Block', {side, lang, own: document.lang, severity})
}

/** One `untranslated` finding of a block or sentence written in `lang` instead of `own`. */
function languageFinding(location: FindingLocation | null, subject: 'Block' | 'Sentence', how: {side: Side; lang: string; own: string; severity: Severity}): Finding {
  return createFinding({
    rule: 'untranslated',
    severity: how.severity,
    message: `${subject} is written in ${how.lang}, the language of the other side, not in ${how.own}`,
    source: how.side === 'source' ? location : null,
    target: how.side === 'target' ? location : null,
    evidence: {detected: how.lang, expected: how.own},
    ...(subject === 'Sentence' && location ? {highlight: highlightOn(how.side, [location.text])} : {})
  })
}
