import type {TmxAnnotation, TmxExtra} from './types.js'
import {escapeAttribute, escapeText} from '../format/xml-escape.js'

/** `<prop>` types bitext writes for its own fields (`score`, `origin`): read into them, not kept as annotations. */
const ownProp = /^x-(score|(source|target)-(block|line|file|section))$/

/** Attributes `tmxUnit` writes itself: the languages and the creation date (`created`). */
const ownAttributes = new Set(['srclang', 'creationdate', 'xml:lang', 'lang'])

/** The attributes of a `<tu>` or `<tuv>` that bitext does not write itself, as written (`tuid`, `changedate`, `usagecount`, …). */
export function keptAttributes(attributes: Record<string, string>): Record<string, string> | undefined {
  const kept = Object.entries(attributes).filter(([name]) => !ownAttributes.has(name))
  return kept.length === 0 ? undefined : Object.fromEntries(kept)
}

/** Whether a `<prop>` of a `<tu>` is one of bitext's own. */
export function isOwnProp(annotation: TmxAnnotation): boolean {
  return annotation.element === 'prop' && ownProp.test(annotation.attributes.type ?? '')
}

/** `extra` with `annotation` added. */
export function withAnnotation(extra: TmxExtra | undefined, annotation: TmxAnnotation): TmxExtra {
  return {...extra, annotations: [...(extra?.annotations ?? []), annotation]}
}

/** ` name="value"` for each kept attribute. */
export function attributesXml(extra: TmxExtra | undefined): string {
  return Object.entries(extra?.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('')
}

/** The kept `<note>`s and `<prop>`s, one a line, indented by `indent`. */
export function annotationsXml(extra: TmxExtra | undefined, indent: string): string {
  return (extra?.annotations ?? [])
    .map((annotation) => {
      const attributes = Object.entries(annotation.attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      return `${indent}<${annotation.element}${attributes.join('')}>${escapeText(annotation.text)}</${annotation.element}>\n`
    })
    .join('')
}
