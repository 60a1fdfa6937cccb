import type {BitextDocument, Block} from '../document/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blockLocation} from './locate.js'
import {countProseWords} from './prose.js'
import type {Severity} from './types.js'

/** Language detection is trusted on blocks with at least this many ordinary words… */
const minWords = 12
/** …and at least this confidence. */
const minConfidence = 0.7

/**
 * `wrong-language`: a block, on either side, confidently detected in a
 * language that is neither the source's nor the target's. Short blocks,
 * code and `und` are left alone: detection on a few words is a guess. Idle
 * when both documents were detected in one language (a half-translated page).
 */
export function checkWrongLanguage(context: CheckContext): Finding[] {
  const severity = context.settings['wrong-language']
  if (severity === 'off') return []
  const {source, target} = context.alignment
  const pair = new Set([source.lang, target.lang])
  if (pair.has('und') || pair.size < 2) return []
  return [
    ...foreignBlocks(source, pair).map((block) => finding(source, block, 'source', pair, severity)),
    ...foreignBlocks(target, pair).map((block) => finding(target, block, 'target', pair, severity))
  ]
}

function foreignBlocks(document: BitextDocument, pair: Set<string>): Block[] {
  return document.blocks.filter(
    (block) =>
      block.translatable &&
      block.kind !== 'code' &&
      block.lang !== 'und' &&
      !pair.has(block.lang) &&
      block.langConfidence >= minConfidence &&
      countProseWords(block.text) >= minWords
  )
}

function finding(document: BitextDocument, block: Block, side: 'source' | 'target', pair: Set<string>, severity: Severity): Finding {
  const location = blockLocation(document, block.index)
  return createFinding({
    rule: 'wrong-language',
    severity,
    message: `Block is written in ${block.lang}, neither ${[...pair].join(' nor ')}`,
    source: side === 'source' ? location : null,
    target: side === 'target' ? location : null,
    evidence: {detected: block.lang, confidence: block.langConfidence, expected: [...pair]}
  })
}
