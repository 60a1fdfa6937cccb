import type {XliffDocument, XliffFileInfo, XliffUnit} from '../format/xliff.js'
import {writeXliff} from '../format/xliff.js'
import {writeXliff2} from '../format/xliff2.js'
import {primaryLang} from '../text/primary-lang.js'
import type {TranslationUnit} from './types.js'

/** Options of `unitsToXliff`. */
export interface UnitsToXliffOptions {
  /** Source language of the file. Default: the first unit's source language. */
  sourceLang?: string
  /** Target language of the file. Default: the first unit's target language. */
  targetLang?: string
  /** The `original` attribute. Default: `'translation-memory'`. */
  original?: string
  /** `'2.0'` writes XLIFF 2.0 (state `translated`). Default: `'1.2'`. */
  version?: '1.2' | '2.0'
}

/** Options of `unitsFromXliff`. */
export interface UnitsFromXliffOptions {
  /**
   * The `state`s whose units are taken, or `'all'` for every unit with a target (identical ones too).
   * Units without a `state` are always taken. Default: every state but `new` and `needs-translation`
   * (XLIFF 1.2) and `initial` (XLIFF 2).
   */
  states?: readonly string[] | 'all'
  /** Take only the `<file>`s of this source language (the primary subtag decides: `en` ~ `en-US`). Default: every file. */
  sourceLang?: string
  /** Take only the `<file>`s of this target language. Default: every file. */
  targetLang?: string
}

/** The units taken from an XLIFF file, and how many were skipped, by reason (`state new`, `empty target`, …). */
export interface XliffImport {
  units: TranslationUnit[]
  skipped: Record<string, number>
}

const untranslated = new Set(['new', 'needs-translation', 'initial'])

/**
 * The translated units of an XLIFF file, each under the languages of its own `<file>`, inline elements
 * kept as placeholders with their XML (as TMX units keep theirs). Skipped, and counted by reason: units
 * in an untranslated state (see `states`), with an empty source or target, whose target is the source, or
 * in a `<file>` of another pair than `sourceLang`/`targetLang` when given.
 */
export function unitsFromXliff(document: XliffDocument, options: UnitsFromXliffOptions = {}): XliffImport {
  const skipped: Record<string, number> = {}
  const units: TranslationUnit[] = []
  for (const unit of document.units) {
    const file = document.files?.[unit.file ?? 0] ?? document
    const reason = inPair(file, options) ? skipReason(unit, options.states) : `pair ${file.sourceLang}→${file.targetLang}`
    if (reason === undefined) units.push(toUnit(unit, file))
    else skipped[reason] = (skipped[reason] ?? 0) + 1
  }
  return {units, skipped}
}

function inPair(file: XliffFileInfo, options: UnitsFromXliffOptions): boolean {
  const same = (lang: string, wanted: string | undefined) => wanted === undefined || primaryLang(lang) === primaryLang(wanted)
  return same(file.sourceLang, options.sourceLang) && same(file.targetLang, options.targetLang)
}

function skipReason(unit: XliffUnit, states: UnitsFromXliffOptions['states']): string | undefined {
  if (unit.state !== undefined && states !== 'all' && !(states === undefined ? !untranslated.has(unit.state) : states.includes(unit.state))) return `state ${unit.state}`
  if (unit.source.trim() === '') return 'empty source'
  if (unit.target.trim() === '') return 'empty target'
  if (states !== 'all' && unit.target.trim() === unit.source.trim()) return 'target same as source'
  return undefined
}

function toUnit(unit: XliffUnit, file: XliffFileInfo): TranslationUnit {
  return {
    source: unit.source.normalize('NFC').trim(),
    target: unit.target.normalize('NFC').trim(),
    sourceLang: file.sourceLang,
    targetLang: file.targetLang,
    ...(unit.sourceTags ? {sourceTags: unit.sourceTags} : {}),
    ...(unit.targetTags ? {targetTags: unit.targetTags} : {})
  }
}

/**
 * The units of one language pair as XLIFF 1.2 or 2.0 (one unit each, state `translated`).
 * Units stored in the other direction are turned round; units of other pairs are counted in `skipped`.
 * Inline TMX tags have no XLIFF equivalent here and are dropped from the text.
 */
export function unitsToXliff(units: TranslationUnit[], options: UnitsToXliffOptions = {}): {xliff: string; skipped: number} {
  const sourceLang = options.sourceLang ?? units[0]?.sourceLang ?? 'und'
  const targetLang = options.targetLang ?? units[0]?.targetLang ?? 'und'
  const pair = [primaryLang(sourceLang), primaryLang(targetLang)]
  const oriented = units.flatMap((unit) => orient(unit, pair[0] as string, pair[1] as string))
  const document: XliffDocument = {
    sourceLang,
    targetLang,
    original: options.original ?? 'translation-memory',
    units: oriented.map((side, index) => ({id: String(index + 1), ...side, state: 'translated', notes: []}))
  }
  return {xliff: options.version === '2.0' ? writeXliff2(document) : writeXliff(document), skipped: units.length - oriented.length}
}

function orient(unit: TranslationUnit, source: string, target: string): Array<Pick<XliffUnit, 'source' | 'target' | 'sourceTags' | 'targetTags'>> {
  const from = primaryLang(unit.sourceLang)
  const to = primaryLang(unit.targetLang)
  const forward = {text: unit.source, tags: unit.sourceTags}
  const back = {text: unit.target, tags: unit.targetTags}
  if (from === source && to === target) return [sides(forward, back)]
  if (from === target && to === source) return [sides(back, forward)]
  return []
}

/** Both sides of an exported unit, inline tags kept as placeholders with their markup. */
function sides(source: {text: string; tags: string[] | undefined}, target: {text: string; tags: string[] | undefined}): Pick<XliffUnit, 'source' | 'target' | 'sourceTags' | 'targetTags'> {
  return {
    source: source.text,
    target: target.text,
    ...(source.tags && source.tags.length > 0 ? {sourceTags: source.tags} : {}),
    ...(target.tags && target.tags.length > 0 ? {targetTags: target.tags} : {})
  }
}
