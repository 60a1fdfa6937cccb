import type {XliffDocument} from '../format/xliff.js'
import {writeXliff} from '../format/xliff.js'
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
}

/**
 * Units of an XLIFF file, as a reviewer left it: every `trans-unit` with a source and a target,
 * whatever its `state` — the reviewer's edit is the approval. Units without a target are left out.
 */
export function unitsFromXliff(document: XliffDocument): TranslationUnit[] {
  return document.units
    .filter((unit) => unit.source.trim() !== '' && unit.target.trim() !== '')
    .map((unit) => ({source: unit.source.trim(), target: unit.target.trim(), sourceLang: document.sourceLang, targetLang: document.targetLang}))
}

/**
 * The units of one language pair as XLIFF 1.2 (one `trans-unit` each, state `translated`).
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
    units: oriented.map(([source, target], index) => ({id: String(index + 1), source, target, state: 'translated', notes: []}))
  }
  return {xliff: writeXliff(document), skipped: units.length - oriented.length}
}

function orient(unit: TranslationUnit, source: string, target: string): Array<[string, string]> {
  const from = primaryLang(unit.sourceLang)
  const to = primaryLang(unit.targetLang)
  if (from === source && to === target) return [[plain(unit.source), plain(unit.target)]]
  if (from === target && to === source) return [[plain(unit.target), plain(unit.source)]]
  return []
}

/** Drops the placeholders of inline TMX tags (U+E000…). */
function plain(text: string): string {
  return text.replace(/[\uE000-\uF8FF]/g, '').replace(/\s+/g, ' ').trim()
}
