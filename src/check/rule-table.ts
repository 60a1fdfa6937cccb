import type {RuleId, Severity} from './types.js'

/** What a rule is and how loud it is by default. */
export interface RuleInfo {
  id: RuleId
  /** Severity of its main findings; some findings are one level lower (see each rule). */
  severity: Severity
  /** One line for SARIF and listings. */
  description: string
}

/** Every rule, in the order the README documents them. */
export const ruleTable: readonly RuleInfo[] = [
  {id: 'only-in-source', severity: 'error', description: 'A block or sentence of the source has no counterpart in the target.'},
  {id: 'only-in-target', severity: 'error', description: 'A block or sentence of the target has no counterpart in the source.'},
  {id: 'number-mismatch', severity: 'error', description: 'Numbers, dates, percentages or ranges differ between aligned blocks.'},
  {id: 'code-mismatch', severity: 'warning', description: 'Code blocks, inline code or template tags differ between aligned blocks.'},
  {id: 'link-mismatch', severity: 'warning', description: 'Link targets or image sources differ between aligned blocks (localised addresses are equal).'},
  {id: 'name-mismatch', severity: 'warning', description: 'Acronyms, URLs, e-mail addresses or inline code appear on one side only.'},
  {id: 'untranslated', severity: 'error', description: 'A block is identical to its counterpart or written in the other language.'},
  {id: 'wrong-language', severity: 'warning', description: 'A block is written in neither language of the pair.'},
  {id: 'moved', severity: 'warning', description: 'A block’s counterpart sits elsewhere in the other document.'},
  {id: 'divergent', severity: 'warning', description: 'An aligned pair matches only weakly, or its names and numbers mostly differ.'},
  {id: 'outdated', severity: 'warning', description: 'The source block changed since the translation was made.'},
  {id: 'glossary', severity: 'warning', description: 'A glossary term of the source lacks its required translation in the target.'},
  {id: 'duplicate', severity: 'warning', description: 'A target block appears twice where the source has it once.'},
  {id: 'structure', severity: 'info', description: 'The same content is split into a different number of blocks on each side.'}
]

/** The severity one level below `severity` (info stays info). */
export function demote(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info'
}

/** Severity order, lowest first. */
export const severityRank: Record<Severity, number> = {info: 0, warning: 1, error: 2}
