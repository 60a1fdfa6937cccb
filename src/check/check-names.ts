import type {CompiledLexicon} from '../anchors/term-index.js'
import {findConcepts} from '../anchors/term-index.js'
import type {Anchor} from '../anchors/types.js'
import {evidenceOf, list, textOf} from './check-numbers.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import type {PairComparison} from './pair-comparison.js'
import {demote} from './rule-table.js'

/**
 * `name-mismatch`: acronyms, URLs, e-mail addresses and inline code that one
 * side of an aligned pair has and the other lacks — after the lexicon of
 * equivalents (`İİT` = `OIC`), cognate folding (`Bakü` = `Baku`), and a look
 * for the name among the other side's words (ALL CAPS headings, suffixes:
 * `İŞKUR’un`). Ordinary proper nouns are not reported alone: translators
 * rephrase them (`Yönetim Kurulu` / `Board of Directors`); many of them
 * missing make the pair `divergent`. URLs, e-mail addresses and code are
 * copied in translation, so missing ones are warnings; acronyms are sometimes
 * translated (`UI` → `KA`), so acronyms alone are one level lower — unless
 * each side has one the lexicon knows (`ILO` / `OECD`): a partner named
 * differently is a warning. Pairs listed in `skip` are left out.
 */
export function checkNames(context: CheckContext, pairs: readonly PairComparison[], skip: ReadonlySet<PairComparison>): Finding[] {
  const severity = context.settings['name-mismatch']
  if (severity === 'off') return []
  const findings: Finding[] = []
  const lexicon = context.compiledLexicon
  for (const pair of pairs) {
    const left = unique(pair.comparison.verbatim.source)
    const right = unique(pair.comparison.verbatim.target)
    if (skip.has(pair) || (left.length === 0 && right.length === 0)) continue
    const copied = [...left, ...right].some((anchor) => anchor.kind !== 'acronym')
    const swapped = left.some((anchor) => isKnown(anchor, lexicon)) && right.some((anchor) => isKnown(anchor, lexicon))
    findings.push(
      createFinding({
        rule: 'name-mismatch',
        severity: copied || swapped ? severity : demote(severity),
        message: nameMessage(left, right),
        source: pair.source,
        target: pair.target,
        evidence: {source: left.map(evidenceOf), target: right.map(evidenceOf)},
        highlight: {source: left.map(textOf), target: right.map(textOf)}
      })
    )
  }
  return findings
}

function nameMessage(source: Anchor[], target: Anchor[]): string {
  const parts = []
  if (source.length > 0) parts.push(`only the source has ${list(source)}`)
  if (target.length > 0) parts.push(`only the target has ${list(target)}`)
  const text = parts.join('; ')
  return `Names differ: ${text}`
}

/** Whether the lexicon knows the anchor, on either side (`ILO`, `OECD`): an organisation, not a passing acronym. */
function isKnown(anchor: Anchor, lexicon: CompiledLexicon): boolean {
  return findConcepts([anchor.value], lexicon.source).length > 0 || findConcepts([anchor.value], lexicon.target).length > 0
}

/** One anchor per value (`İŞKUR` four times is one name). */
export function unique(anchors: readonly Anchor[]): Anchor[] {
  const seen = new Set<string>()
  return anchors.filter((anchor) => !seen.has(anchor.value) && seen.add(anchor.value))
}
