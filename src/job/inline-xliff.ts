import {escapeText} from '../format/xml-escape.js'
import type {InlineCode} from './inline-markup.js'

const mark = /[\uE000-\uF8FF]/g

/** A job text as XLIFF 1.2 content: each code as `<bpt>`/`<ept>` (a pair) or `<ph>`, carrying its markup. */
export function inlineXliff12(text: string, codes: readonly InlineCode[] = []): string {
  return escapeText(text).replace(mark, (placeholder) => {
    const code = codes[placeholder.codePointAt(0)! - 0xe000]
    if (!code) return ''
    const name = code.kind === 'open' ? 'bpt' : code.kind === 'close' ? 'ept' : 'ph'
    return `<${name} id="${code.pair}">${escapeText(code.code)}</${name}>`
  })
}

/** A job text as XLIFF 2.0 content: each code as `<ph/>` whose markup is in the unit's `<originalData>`. */
export function inlineXliff2(text: string, codes: readonly InlineCode[] = []): string {
  return escapeText(text).replace(mark, (placeholder) => {
    const index = placeholder.codePointAt(0)! - 0xe000
    return codes[index] ? `<ph id="${index + 1}" dataRef="d${index + 1}"/>` : ''
  })
}

/** The `<originalData>` of a unit whose text has `codes`, at `indent`; `''` when it has none. */
export function originalData(codes: readonly InlineCode[] = [], indent = ''): string {
  if (codes.length === 0) return ''
  const data = codes.map((code, index) => `${indent}  <data id="d${index + 1}">${escapeText(code.code)}</data>\n`).join('')
  return `${indent}<originalData>\n${data}${indent}</originalData>\n`
}
