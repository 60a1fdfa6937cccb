import {annotationsXml, attributesXml} from './tmx-extra.js'
import type {TmxExtra, TranslationUnit, UnitOrigin} from './types.js'
import {escapeAttribute, escapeText} from '../format/xml-escape.js'
import {bitextVersion} from '../version.js'

/** Options of `toTmx` and `writeTmx`. */
export interface TmxWriteOptions {
  /** Header `srclang`. Default: the source language of the first unit, or `*all*` when there is none. */
  srcLang?: string
  /** Header `creationdate`. Default: now. */
  created?: Date
  /** Header `segtype`. Default `sentence`. */
  segtype?: 'block' | 'paragraph' | 'sentence' | 'phrase'
}

const placeholder = /[\uE000-\uF8FF]/g

/**
 * A whole TMX 1.4 document as a string (for small memories; `writeTmx` streams).
 *
 * @example
 *   toTmx([{source: 'Merhaba', target: 'Hello', sourceLang: 'tr-TR', targetLang: 'en-GB'}])
 */
export function toTmx(units: TranslationUnit[], options: TmxWriteOptions = {}): string {
  return tmxHeader(units[0], options) + units.map((unit) => tmxUnit(unit)).join('') + tmxFooter
}

/**
 * TMX 1.4 in chunks, one per batch, so a memory of any size is written in
 * bounded memory. Valid against the TMX 1.4 DTD.
 */
export async function* writeTmx(
  batches: AsyncIterable<TranslationUnit[]> | Iterable<TranslationUnit[]>,
  options: TmxWriteOptions = {}
): AsyncGenerator<string> {
  let started = false
  for await (const batch of batches) {
    if (batch.length === 0) continue
    if (!started) yield tmxHeader(batch[0], options)
    started = true
    yield batch.map((unit) => tmxUnit(unit)).join('')
  }
  if (!started) yield tmxHeader(undefined, options)
  yield tmxFooter
}

const tmxFooter = '</body>\n</tmx>\n'

function tmxHeader(first: TranslationUnit | undefined, options: TmxWriteOptions): string {
  const attributes = {
    creationtool: 'bitext',
    creationtoolversion: bitextVersion(),
    segtype: options.segtype ?? 'sentence',
    'o-tmf': 'bitext',
    adminlang: 'en',
    srclang: options.srcLang ?? first?.sourceLang ?? '*all*',
    datatype: 'plaintext',
    creationdate: tmxDate((options.created ?? new Date()).toISOString())
  }
  const list = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n<header${list.join('')}/>\n<body>\n`
}

/** One `<tu>`: dates, origin and score as `x-` props, then the two variants. */
function tmxUnit(unit: TranslationUnit): string {
  const date = unit.created === undefined ? '' : ` creationdate="${tmxDate(unit.created)}"`
  const props = unitProps(unit)
    .map(([type, value]) => `  <prop type="${type}">${escapeText(value)}</prop>\n`)
    .join('')
  const kept = unit.tmx ?? {}
  return (
    `<tu srclang="${escapeAttribute(unit.sourceLang)}"${date}${attributesXml(kept.unit)}>\n${annotationsXml(kept.unit, '  ')}${props}` +
    tuv(unit.sourceLang, unit.source, unit.sourceTags, kept.source) +
    tuv(unit.targetLang, unit.target, unit.targetTags, kept.target) +
    '</tu>\n'
  )
}

function tuv(lang: string, text: string, tags: string[] = [], extra?: TmxExtra): string {
  const seg = escapeText(text.normalize('NFC').trim()).replace(placeholder, (char) => {
    return tags[(char.codePointAt(0) as number) - 0xe000] ?? char
  })
  const open = `  <tuv xml:lang="${escapeAttribute(lang)}"${attributesXml(extra)}>`
  const annotations = annotationsXml(extra, '    ')
  return annotations === '' ? `${open}<seg>${seg}</seg></tuv>\n` : `${open}\n${annotations}    <seg>${seg}</seg></tuv>\n`
}

function unitProps(unit: TranslationUnit): Array<[string, string]> {
  const props: Array<[string, string]> = []
  if (unit.score !== undefined) props.push(['x-score', String(unit.score)])
  if (unit.origin) props.push(...originProps('source', unit.origin.source), ...originProps('target', unit.origin.target))
  return props
}

function originProps(side: string, origin: UnitOrigin): Array<[string, string]> {
  const props: Array<[string, string]> = [
    [`x-${side}-block`, String(origin.block)],
    [`x-${side}-line`, String(origin.line)]
  ]
  if (origin.file !== undefined) props.push([`x-${side}-file`, origin.file])
  if (origin.section !== undefined) props.push([`x-${side}-section`, origin.section])
  return props
}

/** `2024-05-01T12:00:00Z` (or with milliseconds) → `20240501T120000Z`. */
function tmxDate(iso: string): string {
  return iso.replace(/\.\d+/, '').replace(/[-:]/g, '')
}
