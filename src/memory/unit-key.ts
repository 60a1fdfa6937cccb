import {hash as digest} from 'node:crypto'
import {normalizeText} from '../text/normalize-text.js'
import {primaryLang} from '../text/primary-lang.js'
import type {TranslationUnit} from './types.js'

/**
 * The deduplication key of a unit: a hash of both sides' primary language and
 * normalised text (NFC, typographic quotes and dashes to ASCII, spaces
 * collapsed), in language order, so `tr→en` and `en→tr` copies of one pair
 * are the same unit. Case is kept: a different case is a different translation.
 */
export function unitKey(unit: TranslationUnit): string {
  return unitKeys(unit).unit
}

/** The unit's key and the keys of its two sides (`sideKey`), normalising each text once. */
export function unitKeys(unit: TranslationUnit): {unit: string; source: string; target: string} {
  const a = sideKeyText(unit.source, unit.sourceLang)
  const b = sideKeyText(unit.target, unit.targetLang)
  return {unit: hash(a < b ? a + '\u0002' + b : b + '\u0002' + a), source: hash(a), target: hash(b)}
}

/** The key of one side, to group units with the same source (or target). */
export function sideKey(text: string, lang: string): string {
  return hash(sideKeyText(text, lang))
}

function sideKeyText(text: string, lang: string): string {
  return primaryLang(lang) + '\u0001' + normalizeText(text)
}

function hash(text: string): string {
  return digest('sha1', text, 'base64url')
}
