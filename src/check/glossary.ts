import {primaryLang} from '../text/primary-lang.js'
import type {CheckContext} from './context.js'
import {beadText} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blocksLocation} from './locate.js'
import {termOccurs} from './term-occurs.js'

/** A glossary entry: a source term and the target terms that translate it. */
export interface GlossaryEntry {
  source: string
  /** Accepted translations; any one of them satisfies the entry. */
  target: string[]
  /** Language of `source` (TBX); the entry then applies only to pairs with these languages. Default: any. */
  sourceLang?: string
  /** Language of `target` (TBX). Default: any. */
  targetLang?: string
}

/**
 * `glossary`: an aligned pair whose source contains a glossary term (with
 * Turkish suffixes: `İŞKUR’un` contains `İŞKUR`) while its target contains
 * none of the required translations. One finding per term and pair.
 */
export function checkGlossary(context: CheckContext, glossary: readonly GlossaryEntry[]): Finding[] {
  const severity = context.settings.glossary
  if (severity === 'off' || glossary.length === 0) return []
  const {alignment} = context
  const entries = glossary.filter((entry) => fits(entry.sourceLang, alignment.source.lang) && fits(entry.targetLang, alignment.target.lang))
  const findings: Finding[] = []
  for (const bead of alignment.blocks) {
    if (bead.source.length === 0 || bead.target.length === 0) continue
    const source = beadText(alignment, bead, 'source')
    const target = beadText(alignment, bead, 'target')
    for (const entry of entries) {
      if (!termOccurs(source, entry.source, alignment.source.lang)) continue
      if (entry.target.some((term) => termOccurs(target, term, alignment.target.lang))) continue
      findings.push(
        createFinding({
          rule: 'glossary',
          severity,
          message: `Glossary: “${entry.source}” should be translated as ${entry.target.map((term) => `“${term}”`).join(' or ')}`,
          source: blocksLocation(alignment.source, bead.source),
          target: blocksLocation(alignment.target, bead.target),
          evidence: {term: entry.source, expected: entry.target},
          highlight: {source: [entry.source]},
          key: entry.source
        })
      )
    }
  }
  return findings
}

function fits(entryLang: string | undefined, documentLang: string): boolean {
  return entryLang === undefined || entryLang === primaryLang(documentLang)
}
