import type {XliffDocument, XliffUnit} from './xliff.js'
import {tagsAsXliff2, tagsOriginalData, xliff2TagIds} from './inline-tags.js'
import {escapeAttribute, escapeText} from './xml-escape.js'

/** The languages and `original` of an XLIFF 2 file. */
export interface Xliff2Header {
  sourceLang: string
  targetLang: string
  original: string
}

/** XLIFF 1.2 states as XLIFF 2.0 segment states (`initial`, `translated`, `reviewed`, `final`). */
const states: Record<string, string> = {
  new: 'initial',
  'needs-translation': 'initial',
  initial: 'initial',
  'needs-review-translation': 'translated',
  translated: 'translated',
  'signed-off': 'reviewed',
  reviewed: 'reviewed',
  final: 'final'
}

/** The XLIFF 2 segment state for a unit's state (1.2 or 2.x); `undefined` for a state without one. */
function xliff2State(state: string | undefined): string | undefined {
  return state === undefined ? undefined : states[state]
}

/**
 * Serialises an XLIFF document as XLIFF 2.0 core: one `<unit>` per unit with its notes and one
 * `<segment>`, whose state is the unit's in XLIFF 2 terms (`needs-translation` → `initial`,
 * `needs-review-translation` → `translated`, `signed-off` → `reviewed`).
 */
export function writeXliff2(document: XliffDocument): string {
  return xliff2File(document, document.units.map((unit) => xliff2Unit(unit, '    ')).join(''))
}

/** The XLIFF 2.0 envelope (one `<file id="f1">`) around `body`: units or groups. */
export function xliff2File(header: Xliff2Header, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeAttribute(header.sourceLang)}" trgLang="${escapeAttribute(header.targetLang)}">
  <file id="f1" original="${escapeAttribute(header.original)}">
${body}  </file>
</xliff>
`
}

/** One `<unit>` at `indent`, with `extra` (module elements such as matches) before its notes. */
function xliff2Unit(unit: XliffUnit, indent: string, extra = ''): string {
  const state = xliff2State(unit.state)
  const notes = unit.notes.length === 0 ? '' : `${indent}  <notes>\n${unit.notes.map((note) => `${indent}    <note category="bitext">${escapeText(note)}</note>\n`).join('')}${indent}  </notes>\n`
  const ids = xliff2TagIds(unit.sourceTags, unit.targetTags)
  const data = tagsOriginalData([{tags: unit.sourceTags ?? [], ids: ids.source}, {tags: unit.targetTags ?? [], ids: ids.target}], `${indent}  `)
  return `${indent}<unit id="${escapeAttribute(unitId(unit.id))}">
${extra}${notes}${data}${indent}  <segment id="s1"${state === undefined ? '' : ` state="${state}"`}>
${indent}    <source${spaceOf(unit.source)}>${tagsAsXliff2(unit.source, ids.source)}</source>
${indent}    <target${spaceOf(unit.target)}>${tagsAsXliff2(unit.target, ids.target)}</target>
${indent}  </segment>
${indent}</unit>
`
}

/** An id XLIFF 2 accepts (an NMTOKEN): characters outside name characters become `_`. */
function unitId(id: string): string {
  const token = id.replace(/[^\p{L}\p{N}._:-]/gu, '_')
  return token === '' ? '_' : token
}

/** `xml:space="preserve"` for a text whose line breaks or runs of spaces a reader must keep. */
function spaceOf(text: string): string {
  return /\n|\s{2}|^\s|\s$/u.test(text) ? ' xml:space="preserve"' : ''
}
