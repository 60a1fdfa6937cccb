import type {Bead} from '../align/types.js'
import type {BitextDocument} from '../document/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {isIdenticalPair, leftUntranslated, lowerCaseVocabulary} from './identical-pair.js'
import {blocksLocation} from './locate.js'
import {otherLanguage} from './other-language.js'
import {pairLanguages} from './pair-languages.js'
import {gatherRuns} from './untranslated-runs.js'
import {demote} from './rule-table.js'
import type {Severity} from './types.js'

/**
 * `untranslated`: an aligned pair whose two sides are the same prose (after
 * normalising white space, quotes and case), or a block or sentence written in
 * the other side's language. What is identical by design is exempt: code,
 * commands, URLs, template tags, names, numbers and titles (`leftUntranslated`).
 * Identical pairs are errors; text in the other language (but not identical)
 * is one level lower. A side nearly all untranslated is one finding, and so is
 * a run of three or more adjacent untranslated blocks (`gatherRuns`).
 */
export function checkUntranslated(context: CheckContext): Finding[] {
  const severity = context.settings.untranslated
  if (severity === 'off') return []
  const vocabulary = lowerCaseVocabulary(context)
  const identical = context.alignment.blocks.filter((bead) => isIdenticalPair(context, bead))
  const untranslated = identical.filter((bead) => leftUntranslated(context, bead, vocabulary))
  const gathered = gatherRuns(context, [
    ...untranslated.map((bead) => identicalFinding(context, bead, severity)),
    ...otherLanguage(context, 'target', new Set(identical.flatMap((bead) => bead.target)), demote(severity)),
    ...otherLanguage(context, 'source', new Set(identical.flatMap((bead) => bead.source)), demote(severity))
  ])
  const whole = gathered.length === 1 && gathered[0]?.evidence.of !== undefined
  return whole ? gathered : [...sameLanguage(context, demote(severity)), ...gathered]
}

/**
 * Both documents in one language, with no second language on either side to read as the
 * intended one (`pairLanguages`): one of them is not translated at all. One finding, for the
 * two documents.
 */
function sameLanguage(context: CheckContext, severity: Severity): Finding[] {
  const {source, target} = context.alignment
  const [sourceLang, targetLang] = pairLanguages(context.alignment)
  if (sourceLang !== targetLang || sourceLang === 'und' || source.blocks.length === 0 || target.blocks.length === 0) return []
  const whole = (document: BitextDocument) => blocksLocation(document, document.blocks.map((block) => block.index))
  return [
    createFinding({
      rule: 'untranslated',
      severity,
      message: `Both documents are written in ${sourceLang}: one of them is left untranslated?`,
      source: whole(source),
      target: whole(target),
      evidence: {detected: sourceLang}
    })
  ]
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
