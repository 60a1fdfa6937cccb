import type {SaxesTagPlain} from 'saxes'
import {InputError} from '../input-error.js'
import type {Pair, RawUnit, Variant} from './tmx-units.js'
import {pickUnit} from './tmx-units.js'
import {isOwnProp, keptAttributes, withAnnotation} from './tmx-extra.js'
import type {ImportSummary, TmxAnnotation, TmxExtra, TranslationUnit} from './types.js'
import {escapeAttribute, escapeText} from '../format/xml-escape.js'

/**
 * The SAX events of a TMX file turned into units: `<tu>` by `<tu>`, the
 * requested pair of each pushed to `ready`. Inside `<seg>`, every element but
 * `hi` is kept whole as XML behind one placeholder; `hi`'s two ends are
 * placeholders of their own and its content stays text. `summary` counts
 * the units read per pair and the `<tu>`s skipped, by reason.
 */
export class TmxCollector {
  /** Units complete so far, not yet taken by the reader. */
  readonly ready: TranslationUnit[] = []
  private headerLang: string | undefined
  private unit: RawUnit | undefined
  private variant: Variant | undefined
  private annotation: TmxAnnotation | undefined
  private inSeg = false
  /** An inline element being copied: its XML so far and how deep we are in it. */
  private code: {xml: string; depth: number} | undefined
  private rootSeen = false

  constructor(
    private readonly pair: Pair,
    readonly summary: ImportSummary = {pairs: [], skipped: {}}
  ) {}

  open(tag: SaxesTagPlain): void {
    if (!this.rootSeen) this.checkRoot(tag.name)
    if (this.code) {
      this.code.xml += openTag(tag)
      if (!tag.isSelfClosing) this.code.depth++
    } else if (this.inSeg) {
      if (tag.name === 'hi' || tag.isSelfClosing) this.placeholder(openTag(tag))
      else this.code = {xml: openTag(tag), depth: 1}
    } else this.openElement(tag)
  }

  close(tag: SaxesTagPlain): void {
    if (this.code) this.closeCode(tag)
    else if (this.inSeg && tag.name === 'hi' && !tag.isSelfClosing) this.placeholder('</hi>')
    else this.closeElement(tag.name)
  }

  text(text: string): void {
    if (this.code) this.code.xml += escapeText(text)
    else if (this.inSeg && this.variant) this.variant.text += text
    else if (this.annotation) this.annotation.text += text
  }

  /** A file whose root is not `<tmx>` (an XLIFF, an HTML page) is refused rather than read as empty. */
  private checkRoot(name: string): void {
    this.rootSeen = true
    if (name !== 'tmx') throw new Error(`the root element is <${name}>, not <tmx>: not a TMX file`)
  }

  private openElement(tag: SaxesTagPlain): void {
    const attributes = tag.attributes
    if (tag.name === 'header') this.headerLang = attributes.srclang
    else if (tag.name === 'tu') this.unit = {props: new Map(), variants: [], ...unitAttributes(attributes)}
    else if (tag.name === 'tuv') this.variant = {lang: attributes['xml:lang'] ?? attributes.lang ?? '', text: '', tags: [], ...extraOf(attributes)}
    else if (tag.name === 'seg') this.inSeg = this.variant !== undefined
    else if ((tag.name === 'prop' || tag.name === 'note') && this.unit) this.annotation = {element: tag.name, attributes: {...attributes}, text: ''}
  }

  private closeElement(name: string): void {
    if (name === 'seg') this.inSeg = false
    else if (name === 'tuv') {
      if (this.variant && this.unit) this.unit.variants.push(this.variant)
      this.variant = undefined
    } else if ((name === 'prop' || name === 'note') && this.annotation) {
      this.keep(this.annotation)
      this.annotation = undefined
    } else if (name === 'tu' && this.unit) {
      this.collect(this.unit)
      this.unit = undefined
    }
  }

  /** A note or prop: on the `<tuv>` or the `<tu>` it is in; bitext's own props of the `<tu>` read as fields. */
  private keep(annotation: TmxAnnotation): void {
    if (this.variant) this.variant.extra = withAnnotation(this.variant.extra, annotation)
    else if (this.unit && isOwnProp(annotation)) this.unit.props.set(annotation.attributes.type as string, annotation.text)
    else if (this.unit) this.unit.extra = withAnnotation(this.unit.extra, annotation)
  }

  private collect(raw: RawUnit): void {
    let picked: ReturnType<typeof pickUnit>
    try {
      picked = pickUnit(raw, this.pair, this.headerLang)
    } catch (error) {
      throw new InputError('ambiguous-pair', `TMX: ${(error as Error).message}`)
    }
    if (typeof picked === 'string') {
      this.summary.skipped[picked] = (this.summary.skipped[picked] ?? 0) + 1
      return
    }
    this.ready.push(picked)
    const pairs = this.summary.pairs
    const known = pairs.find((pair) => pair.sourceLang === picked.sourceLang && pair.targetLang === picked.targetLang)
    if (known) known.units++
    else pairs.push({sourceLang: picked.sourceLang, targetLang: picked.targetLang, units: 1})
  }

  private closeCode(tag: SaxesTagPlain): void {
    const code = this.code as {xml: string; depth: number}
    if (!tag.isSelfClosing) {
      code.xml += `</${tag.name}>`
      code.depth--
    }
    if (code.depth === 0) {
      this.placeholder(code.xml)
      this.code = undefined
    }
  }

  private placeholder(xml: string): void {
    if (!this.variant) return
    this.variant.text += String.fromCodePoint(0xe000 + this.variant.tags.length)
    this.variant.tags.push(xml)
  }
}

function unitAttributes(attributes: Record<string, string>): {srclang?: string; created?: string; extra?: TmxExtra} {
  const found: {srclang?: string; created?: string; extra?: TmxExtra} = extraOf(attributes)
  if (attributes.srclang !== undefined) found.srclang = attributes.srclang
  if (attributes.creationdate !== undefined) found.created = attributes.creationdate
  return found
}

/** The attributes bitext does not write itself, as an `extra`, or nothing. */
function extraOf(attributes: Record<string, string>): {extra?: TmxExtra} {
  const kept = keptAttributes(attributes)
  return kept ? {extra: {attributes: kept}} : {}
}

function openTag(tag: SaxesTagPlain): string {
  const attributes = Object.entries(tag.attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
  return `<${tag.name}${attributes.join('')}${tag.isSelfClosing ? '/' : ''}>`
}
