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
 * differently is a warning. An acronym one document writes in three pairs or more and the other
 * document never writes is the translator's way of rendering it (`AMs`, always `Galler Meclisi
 * Üyeleri`), not a name left out: it is not reported pair by pair. Pairs listed in `skip` are left out.
 */
export function checkNames(context: CheckContext, pairs: readonly PairComparison[], skip: ReadonlySet<PairComparison>): Finding[] {
  const severity = context.settings['name-mismatch']
  if (severity === 'off') return []
  const findings: Finding[] = []
  const lexicon = context.compiledLexicon
  const rendered = {source: renderedAcronyms(context, pairs, 'source'), target: renderedAcronyms(context, pairs, 'target')}
  for (const pair of pairs) {
    const left = unique(pair.comparison.verbatim.source).filter((anchor) => !rendered.source.has(anchor.value))
    const right = unique(pair.comparison.verbatim.target).filter((anchor) => !rendered.target.has(anchor.value))
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

/** Pairs in which one document must write an acronym that the other never writes before it counts as rendered, not left out. */
const renderedInPairs = 3

/** The acronyms of `side` that the other document renders its own way (see `checkNames`): one-sided in three pairs or more, and no anchor of the other document has their value. */
function renderedAcronyms(context: CheckContext, pairs: readonly PairComparison[], side: 'source' | 'target'): Set<string> {
  const counts = new Map<string, number>()
  for (const pair of pairs) for (const anchor of unique(pair.comparison.verbatim[side])) if (anchor.kind === 'acronym') counts.set(anchor.value, (counts.get(anchor.value) ?? 0) + 1)
  const other = context.anchors[side === 'source' ? 'target' : 'source'].blocks
  const written = new Set(other.flatMap((anchors) => anchors.map((anchor) => anchor.value)))
  return new Set([...counts].filter(([value, count]) => count >= renderedInPairs && !written.has(value)).map(([value]) => value))
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
