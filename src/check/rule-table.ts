import type {RuleId, Severity} from './types.js'

/** What a rule is and how loud it is by default. */
export interface RuleInfo {
  id: RuleId
  /** Severity of its main findings; some findings are one level lower (see each rule). */
  severity: Severity
  /** One line for SARIF and listings. */
  description: string
  /** What a finding asks of the translator, and how to accept it when it is intended (SARIF's `help`). */
  help: string
}

/** Every rule, in the order the README documents them. */
export const ruleTable: readonly RuleInfo[] = [
  {id: 'only-in-source', severity: 'error', description: 'A block or sentence of the source has no counterpart in the target.', help: 'Translate the block into the target, or remove it from the source if it was added there by mistake. A block whose counterpart stands elsewhere is reported as `moved` instead. A known gap can be accepted with a baseline (`--write-baseline`).'},
  {id: 'only-in-target', severity: 'error', description: 'A block or sentence of the target has no counterpart in the source.', help: 'Remove the block from the target, or add the source it translates. A block whose counterpart stands elsewhere is reported as `moved` instead. A known gap can be accepted with a baseline (`--write-baseline`).'},
  {id: 'number-mismatch', severity: 'error', description: 'Numbers, dates, percentages or ranges differ between aligned blocks.', help: 'Numbers are compared by value in each side’s locale (`15.000` = `15,000`, `%40` = `40%`, `18 Ekim 1988` = `October 18, 1988`). Correct the value on the side that is wrong; a number only one side writes is a warning.'},
  {id: 'code-mismatch', severity: 'warning', description: 'Code blocks, inline code or template tags differ between aligned blocks.', help: 'Code is not translated: copy the code block, inline code or template tag from the other side (comments and strings inside code blocks may differ).'},
  {id: 'link-mismatch', severity: 'warning', description: 'Link targets or image sources differ between aligned blocks (localised addresses are equal).', help: 'Point both links at the same page or image; a localised address (`/tr/docs` for `/en/docs`) already counts as the same.'},
  {id: 'name-mismatch', severity: 'warning', description: 'Acronyms, URLs, e-mail addresses or inline code appear on one side only.', help: 'Check that the acronym, address, e-mail or inline code was not dropped or misspelt on the side that lacks it.'},
  {id: 'untranslated', severity: 'error', description: 'A block is identical to its counterpart or written in the other language.', help: 'Translate the block. Text that stays the same in both languages by design (commands, code, names) is not reported.'},
  {id: 'wrong-language', severity: 'warning', description: 'A block is written in neither language of the pair.', help: 'Translate the block into the language of its document. If the languages were detected wrongly, name them with `--source-lang` and `--target-lang`.'},
  {id: 'moved', severity: 'warning', description: 'A block’s counterpart sits elsewhere in the other document.', help: 'Move the block to the place its counterpart has, or accept the new order with a baseline (`--write-baseline`).'},
  {id: 'divergent', severity: 'warning', description: 'An aligned pair matches only weakly, or its names and numbers mostly differ.', help: 'Read both blocks: the translation may have been rewritten, or belong to other text. Bring it back in line with the source.'},
  {id: 'outdated', severity: 'warning', description: 'The source block changed since the translation was made.', help: 'Update the translation: the source block changed after it was translated (`--since`, `--since-git`). The finding shows the change.'},
  {id: 'glossary', severity: 'warning', description: 'A glossary term of the source lacks its required translation in the target.', help: 'Use the translation the glossary requires for the term, or change the glossary if the term is translated otherwise on purpose.'},
  {id: 'duplicate', severity: 'warning', description: 'A target block appears twice where the source has it once.', help: 'Remove the repeated copy from the target.'},
  {id: 'structure', severity: 'info', description: 'The same content is split into a different number of blocks on each side.', help: 'Usually harmless: the same content is split into a different number of blocks. Split or join blocks to match if the layout matters.'}
]

/** The severity one level below `severity` (info stays info). */
export function demote(severity: Severity): Severity {
  return severity === 'error' ? 'warning' : 'info'
}

/** Severity order, lowest first. */
export const severityRank: Record<Severity, number> = {info: 0, warning: 1, error: 2}
