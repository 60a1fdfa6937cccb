import {primaryLang} from '../text/primary-lang.js'
import type {TranslationUnit, UnitOrigin} from './types.js'

/** A `<tuv>` as read: language, text with placeholders, and the placeholders' XML. */
export interface Variant {
  lang: string
  text: string
  tags: string[]
}

/** A `<tu>` as read. */
export interface RawUnit {
  srclang?: string
  created?: string
  props: Map<string, string>
  variants: Variant[]
}

/** The languages to read: given, or from the header. */
export interface Pair {
  sourceLang?: string
  targetLang?: string
}

/**
 * The unit of the requested pair in a `<tu>`, or `undefined` when it lacks a
 * side. The source is the variant matching `sourceLang` (default: the unit's
 * or the header's `srclang`), the target the one matching `targetLang`
 * (default: the first other language); matching ignores case and falls back
 * to the primary subtag (`tr` ~ `tr-TR` ~ `TR-tr`).
 */
export function pickUnit(raw: RawUnit, pair: Pair, headerLang: string | undefined): TranslationUnit | undefined {
  const wanted = pair.sourceLang ?? raw.srclang ?? headerLang
  const source = wanted === undefined || wanted === '*all*' ? raw.variants[0] : pickVariant(raw.variants, wanted)
  if (!source) return undefined
  const others = raw.variants.filter((variant) => variant !== source && primaryLang(variant.lang) !== primaryLang(source.lang))
  const target = pair.targetLang === undefined ? others[0] : pickVariant(others, pair.targetLang)
  if (!target) return undefined
  return unitOf(raw, source, target)
}

function pickVariant(variants: Variant[], lang: string): Variant | undefined {
  const exact = variants.find((variant) => variant.lang.toLowerCase() === lang.toLowerCase())
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
