import {primaryLang} from '../text/primary-lang.js'
import type {TmxExtra, TranslationUnit, UnitOrigin} from './types.js'

/** A `<tuv>` as read: language, text with placeholders, and the placeholders' XML. */
export interface Variant {
  lang: string
  text: string
  tags: string[]
  extra?: TmxExtra
}

/** A `<tu>` as read. */
export interface RawUnit {
  srclang?: string
  created?: string
  props: Map<string, string>
  variants: Variant[]
  extra?: TmxExtra
}

/** The languages to read: given, or from the header. */
export interface Pair {
  sourceLang?: string
  targetLang?: string
}

/** Why a `<tu>` gave no unit: no variant in the source language, none in the target language, or more tags than placeholders. */
export type SkipReason = 'no-source' | 'no-target' | 'too-many-tags'

/**
 * The unit of the requested pair in a `<tu>`, or why there is none. The
 * source is the variant matching `sourceLang` (default: the unit's or the
 * header's `srclang`), the target the one matching `targetLang` (default: the
 * only other language of the unit). Matching ignores case, takes the exact tag
 * first and falls back to the primary subtag (`tr` ~ `tr-TR` ~ `TR-tr`); a
 * regional variant of the source's language is a target like any other
 * (`en-US` → `en-GB`). Without `targetLang`, a unit with two or more other
 * languages throws: which to take is the caller's choice, not the file order's.
 */
export function pickUnit(raw: RawUnit, pair: Pair, headerLang: string | undefined): TranslationUnit | SkipReason {
  const wanted = pair.sourceLang ?? raw.srclang ?? headerLang
  const source = wanted === undefined || wanted === '*all*' ? raw.variants[0] : pickVariant(raw.variants, wanted)
  if (!source) return 'no-source'
  const others = raw.variants.filter((variant) => variant !== source && sameTag(variant.lang, source.lang) === false)
  const target = pair.targetLang === undefined ? onlyOther(others, source) : pickVariant(others, pair.targetLang)
  if (!target) return 'no-target'
  if (source.tags.length > maxTags || target.tags.length > maxTags) return 'too-many-tags'
  return unitOf(raw, source, target)
}

/** Placeholders available: U+E000-U+F8FF. */
const maxTags = 0xf900 - 0xe000

function sameTag(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function onlyOther(others: Variant[], source: Variant): Variant | undefined {
  const langs = [...new Set(others.map((variant) => variant.lang))]
  if (langs.length <= 1) return others[0]
  throw new Error(`a unit has ${source.lang} and ${langs.length} other languages (${langs.join(', ')}): choose the target language (--target-lang)`)
}

function pickVariant(variants: Variant[], lang: string): Variant | undefined {
  const exact = variants.find((variant) => sameTag(variant.lang, lang))
  return exact ?? variants.find((variant) => primaryLang(variant.lang) === primaryLang(lang))
}

function unitOf(raw: RawUnit, source: Variant, target: Variant): TranslationUnit {
  const unit: TranslationUnit = {
    source: source.text.normalize('NFC').trim(),
    target: target.text.normalize('NFC').trim(),
    sourceLang: source.lang,
    targetLang: target.lang
  }
  if (raw.created !== undefined) unit.created = isoDate(raw.created)
  const origin = originOf(raw.props)
  if (origin) unit.origin = origin
  const score = raw.props.get('x-score')
  if (score !== undefined && Number.isFinite(Number(score))) unit.score = Number(score)
  if (source.tags.length > 0) unit.sourceTags = source.tags
  if (target.tags.length > 0) unit.targetTags = target.tags
  const tmx = {...(raw.extra ? {unit: raw.extra} : {}), ...(source.extra ? {source: source.extra} : {}), ...(target.extra ? {target: target.extra} : {})}
  if (Object.keys(tmx).length > 0) unit.tmx = tmx
  return unit
}

function originOf(props: Map<string, string>): TranslationUnit['origin'] {
  const source = sideOrigin(props, 'source')
  const target = sideOrigin(props, 'target')
  return source && target ? {source, target} : undefined
}

function sideOrigin(props: Map<string, string>, side: string): UnitOrigin | undefined {
  const block = props.get(`x-${side}-block`)
  const line = props.get(`x-${side}-line`)
  if (block === undefined || line === undefined) return undefined
  const origin: UnitOrigin = {block: Number(block), line: Number(line)}
  const file = props.get(`x-${side}-file`)
  const section = props.get(`x-${side}-section`)
  if (file !== undefined) origin.file = file
  if (section !== undefined) origin.section = section
  return origin
}

/** `20240501T120000Z` → `2024-05-01T12:00:00Z`; anything else is kept as written. */
function isoDate(tmx: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(tmx)
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : tmx
}
