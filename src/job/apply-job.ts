import type {BitextDocument, DocumentFormat} from '../document/types.js'
import {escapeText} from '../format/xml-escape.js'
import type {XliffDocument, XliffUnit} from '../format/xliff.js'
import {nativeCode} from './native-code.js'
import {parsePlacement} from './placement.js'
import type {Edit} from './render-block.js'
import {renderEdit} from './render-block.js'

/** What `applyJob` did. */
export interface AppliedJob {
  /** The new target text; the input itself when nothing was applied. */
  text: string
  /** Ids of the groups (blocks) put into the target. */
  applied: string[]
  /** Units left out: still untranslated, or in a block with an untranslated unit. */
  untranslated: XliffUnit[]
}

/** XLIFF 1.2 `new`, `needs-translation`; XLIFF 2 `initial` (an exact match filled in but not confirmed). */
const untranslatedStates = new Set(['new', 'needs-translation', 'initial'])

/**
 * Puts the translated blocks of a job (XLIFF 1.2 or 2.x, read with `readXliff`) into the target document, each at the place
 * its group names, in the document's format. A block is applied only when all its units have a target;
 * the rest of the text is unchanged. `text` is the target's text, `target` the document parsed from it.
 */
export function applyJob(target: BitextDocument, text: string, job: XliffDocument): AppliedJob {
  if (typeof text !== 'string' || !Array.isArray(target?.blocks) || !Array.isArray(job?.units)) {
    throw new TypeError('applyJob: expected the target document, its text and a job read with `readXliff`')
  }
  const edits: Edit[] = []
  const applied: string[] = []
  const untranslated: XliffUnit[] = []
  for (const [name, units] of groupUnits(job.units)) {
    const placement = parsePlacement(name)
    if (!placement) continue
    if (units.some((unit) => !isTranslated(unit))) {
      untranslated.push(...units.filter((unit) => !isTranslated(unit)))
      continue
    }
    // New lines, or more than one line replaced, in a file of one sentence a line: a sentence a line.
    const separator = placement.lines && placement.lines.replaces.length !== 1 ? '\n' : ' '
    edits.push(renderEdit(text, target.blocks, target.format, placement, units.map((unit) => markupOf(unit, target.format)).join(separator)))
    applied.push(units[0]!.id.split('.')[0]!)
  }
  return {text: edits.length === 0 ? text : applyEdits(text, edits), applied, untranslated}
}

/**
 * A target in the document's markup: each inline element replaced by the native markup it carries
 * (`<ph>&lt;br/&gt;</ph>` → `<br/>`), the text between escaped for HTML.
 */
function markupOf(unit: XliffUnit, format: DocumentFormat): string {
  const tags = unit.targetTags ?? []
  const text = (part: string) => (format === 'html' ? escapeText(part) : part)
  const parts = unit.target.split(/([\uE000-\uF8FF])/)
  return parts.map((part, index) => (index % 2 === 0 ? text(part) : nativeCode(tags[part.codePointAt(0)! - 0xe000] ?? '', unit.data))).join('')
}

/** Whether a unit has a translation to apply. */
function isTranslated(unit: XliffUnit): boolean {
  return unit.target.trim() !== '' && !untranslatedStates.has(unit.state ?? '')
}

function groupUnits(units: readonly XliffUnit[]): Map<string, XliffUnit[]> {
  const groups = new Map<string, XliffUnit[]>()
  for (const unit of units) {
    if (unit.group === undefined) continue
    groups.set(unit.group, [...(groups.get(unit.group) ?? []), unit])
  }
  return groups
}

/** Applies edits in order of position; edits at the same place keep the job's order. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((edit, order) => ({edit, order})).sort((a, b) => a.edit.start - b.edit.start || a.order - b.order)
  let result = ''
  let at = 0
  for (const {edit} of sorted) {
    if (edit.start < at) continue
    result += text.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return result + text.slice(at)
}
