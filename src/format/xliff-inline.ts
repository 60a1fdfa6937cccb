import {escapeAttribute, escapeText} from './xml-escape.js'

/** Inline elements whose content is native code: kept whole, XML and all, behind one placeholder. */
const whole = new Set(['bpt', 'ept', 'it', 'sub'])
/** Inline elements that stand alone (XLIFF 1.2 `x`, `bx`, `ex`; XLIFF 2 `sc`, `ec`; `ph` of both when empty). */
const standalone = new Set(['x', 'bx', 'ex', 'ph', 'sc', 'ec'])
/** Inline elements around translatable text: each end is a placeholder of its own. */
const paired = new Set(['g', 'pc'])

/** A source or target being read: text with placeholders, the placeholders' XML, and a code being copied. */
export interface InlineText {
  text: string
  tags: string[]
  /** An element copied whole: its XML so far and how deep we are in it. */
  code?: {xml: string; depth: number}
  /** Names of the open paired and annotation elements, to know what a close tag ends. */
  open: string[]
}

export function emptyInline(): InlineText {
  return {text: '', tags: [], open: []}
}

/** An element opened inside `<source>` or `<target>`. */
export function openInline(field: InlineText, name: string, attributes: Record<string, string>, selfClosing: boolean): void {
  const tag = `<${name}${Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('')}${selfClosing ? '/' : ''}>`
  if (field.code) {
    field.code.xml += tag
    if (!selfClosing) field.code.depth++
  } else if (selfClosing && (standalone.has(name) || whole.has(name))) placeholder(field, tag)
  else if (whole.has(name) || (name === 'ph' && !selfClosing)) field.code = {xml: tag, depth: 1}
  else if (paired.has(name)) {
    placeholder(field, tag)
    field.open.push(name)
  } else if (!selfClosing) field.open.push('')
}

/** An element closed inside `<source>` or `<target>` (self-closing ones close too). */
export function closeInline(field: InlineText, name: string, selfClosing: boolean): void {
  if (field.code) {
    if (selfClosing) return
    field.code.xml += `</${name}>`
    if (--field.code.depth === 0) {
      placeholder(field, field.code.xml)
      delete field.code
    }
  } else if (!selfClosing && field.open.pop() !== '') placeholder(field, `</${name}>`)
}

export function textInline(field: InlineText, text: string): void {
  if (field.code) field.code.xml += escapeText(text)
  else field.text += text
}

function placeholder(field: InlineText, xml: string): void {
  field.text += String.fromCodePoint(0xe000 + field.tags.length)
  field.tags.push(xml)
}

/** The text of a field: as written under `xml:space="preserve"`, else with white space collapsed and trimmed. */
export function finishInline(field: InlineText, preserve: boolean): {text: string; tags: string[]} {
  return {text: preserve ? field.text : field.text.replace(/\s+/g, ' ').trim(), tags: field.tags}
}
