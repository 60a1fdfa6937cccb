import type {Alignment} from '../align/types.js'
import type {BitextDocument} from '../document/types.js'
import type {CheckContext, RuleSetting} from './context.js'
import {readRules} from './read-rules.js'
import {createContext} from './context.js'
import type {Lexicon} from '../anchors/lexicon.js'
import {checkNames} from './check-names.js'
import {checkNumbers} from './check-numbers.js'
import {checkCode} from './code-mismatch.js'
import {checkLinks} from './link-mismatch.js'
import {checkDivergent} from './divergent.js'
import {checkDuplicate} from './duplicate.js'
import type {GlossaryEntry} from './glossary.js'
import {checkGlossary} from './glossary.js'
import {checkMoved, findMoves} from './moved.js'
import {checkMovedSentences, movedSentences} from './moved-sentences.js'
import {checkOutdated} from './outdated.js'
import {comparePairs} from './pair-comparison.js'
import type {Finding} from './finding.js'
import {findGaps} from './gaps.js'
import {markupOnlyOrphans} from './markup-only.js'
import {checkOnlyIn} from './only-in.js'
import {onePerPair} from './one-per-pair.js'
import {checkStructure, findRestructured} from './structure.js'
import {checkUntranslated} from './untranslated.js'
import {checkWrongLanguage} from './wrong-language.js'
import type {RuleId} from './types.js'

/** Options of `check`. */
export interface CheckOptions {
  /** Severity per rule, or `'off'`. Default: each rule's default (see the README's Rules). */
  rules?: Partial<Record<RuleId, RuleSetting>>
  /** Lexicons of equivalents added to the built-in Turkish-English one (`parseLexicon`). Default: none. */
  lexicons?: readonly Lexicon[]
  /** The source as it was when the translation was made; enables `outdated`. Default: none. */
  previousSource?: BitextDocument
  /** Required translations of terms; enables `glossary` (`parseGlossary`). Default: none. */
  glossary?: readonly GlossaryEntry[]
}

/**
 * Turns an alignment into the divergences a translator must fix: findings
 * (vfile messages) in reading order. Content problems never throw; only a
 * value that is not an alignment, or `rules` that name an unknown rule or
 * severity, do (`TypeError`).
 *
 * @example
 *   check(align(source, target)) // => [VFileMessage {ruleId: 'only-in-source', …}, …]
 */
export function check(alignment: Alignment, options: CheckOptions = {}): Finding[] {
  if (!isAlignment(alignment)) {
    throw new TypeError('check: expected an Alignment ({source, target, blocks, sentences}); pass the result of `align`')
  }
  const rules = readRules(options.rules, (reason) => new TypeError(`check: options.rules: ${reason}`))
  const context = createContext(alignment, rules, options.lexicons)
  // A long block pair (one sentence a line) is compared and judged sentence bead by sentence bead.
  const pairs = comparePairs(context)
  const divergent = checkDivergent(context, pairs)
  const moves = findMoves(context)
  const gaps = findGaps(context.alignment)
  const restructured = findRestructured(context, gaps)
  const markup = markupOnlyOrphans(context, gaps)
  const explained = {
    source: new Set([...moves.map((move) => move.source), ...restructured.flatMap((gap) => gap.source), ...markup.source]),
    target: new Set([...moves.map((move) => move.target), ...restructured.flatMap((gap) => gap.target), ...markup.target])
  }
  const findings = [
    ...checkOnlyIn(context, explained, movedSentences(context.moved)),
    ...checkMoved(context, moves),
    ...checkMovedSentences(context, context.moved),
    ...checkStructure(context, restructured),
    ...checkNumbers(context, [...pairs, ...context.movedPairs]),
    ...checkCode(context),
    ...checkLinks(context),
    ...checkNames(context, [...pairs, ...context.movedPairs], divergent.divergent),
    ...divergent.findings,
    ...checkUntranslated(context),
    ...checkWrongLanguage(context),
    ...checkDuplicate(context),
    ...checkOutdated(context, options.previousSource),
    ...checkGlossary(context, options.glossary ?? [])
  ]
  return sortFindings(onePerPair(findings), context)
}

function isAlignment(value: unknown): value is Alignment {
  const candidate = value as Partial<Alignment> | null | undefined
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    isDocument(candidate.source) &&
    isDocument(candidate.target) &&
    Array.isArray(candidate.blocks) &&
    Array.isArray(candidate.sentences)
  )
}

function isDocument(value: unknown): value is BitextDocument {
  return typeof value === 'object' && value !== null && Array.isArray((value as BitextDocument).blocks)
}

/** Reading order: by the row (block bead) a finding sits on, then by sentence, then in rule order. */
function sortFindings(findings: Finding[], context: CheckContext): Finding[] {
  const rows = new Map(context.alignment.blocks.map((bead, row) => [bead, row]))
  const rowOf = (finding: Finding) => {
    const bead = finding.sourceLocation
      ? context.sourceBead[finding.sourceLocation.block]
      : context.targetBead[finding.targetLocation?.block ?? -1]
    return (bead && rows.get(bead)) ?? Number.MAX_SAFE_INTEGER
  }
  const keyed = findings.map((finding, order) => ({finding, order, row: rowOf(finding)}))
  keyed.sort((a, b) => a.row - b.row || sentenceOf(a.finding) - sentenceOf(b.finding) || a.order - b.order)
  return keyed.map((entry) => entry.finding)
}

function sentenceOf(finding: Finding): number {
  return finding.sourceLocation?.sentence ?? finding.targetLocation?.sentence ?? -1
}
