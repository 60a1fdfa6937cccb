import {SaxesParser} from 'saxes'
import {InputError} from '../input-error.js'
import type {XliffDocument, XliffUnit} from './xliff.js'

interface Capture {
  field: 'source' | 'target' | 'note'
  depth: number
  text: string
}

interface ReadState {
  document: XliffDocument | undefined
  units: XliffUnit[]
  unit: XliffUnit | undefined
  /** Depth of the open `<trans-unit>`: only its own children count, not those of `<alt-trans>`. */
  unitDepth: number
  depth: number
  capture: Capture | undefined
  /** How many placeholder elements (`<ph>`, `<bpt>`, …) are open inside the captured field. */
  muted: number
  /** `resname` (else `id`) of the open `<group>` elements, innermost last. */
  groups: string[]
}

const placeholders = new Set(['ph', 'bpt', 'ept', 'it', 'sub'])

/**
 * Reads an XLIFF 1.2 file (one bitext wrote and a reviewer edited, or any other): the languages and
 * `original` of its first `<file>`, and every `<trans-unit>` of all files with the reviewer's target.
 * Text inside inline elements (`<g>`, `<mrk>`) is kept, placeholders (`<x/>`, `<ph>`, `<bpt>`, …) are dropped,
 * whitespace is collapsed. Throws `InputError` on malformed XML or anything but XLIFF 1.x.
 */
export function readXliff(text: string): XliffDocument {
  if (typeof text !== 'string') throw new TypeError('readXliff: expected the text of an XLIFF file (a string)')
  const state: ReadState = {document: undefined, units: [], unit: undefined, unitDepth: -1, depth: 0, capture: undefined, muted: 0, groups: []}
  const parser = new SaxesParser()
  parser.on('opentag', (node) => open(state, localName(node.name), node.attributes as Record<string, string>))
  parser.on('closetag', (node) => close(state, localName(node.name)))
  parser.on('text', (chunk) => append(state, chunk))
  parser.on('cdata', (chunk) => append(state, chunk))
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('malformed-xml', `readXliff: not well-formed XML: ${(error as Error).message}`)
  }
  if (!state.document) throw new InputError('not-xliff', 'readXliff: no <file> element: not an XLIFF 1.2 file')
  return {...state.document, units: state.units}
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function open(state: ReadState, name: string, attributes: Record<string, string>): void {
  state.depth++
  if (state.capture && placeholders.has(name)) state.muted++
  if (state.depth === 1) checkRoot(name, attributes['version'])
  if (name === 'file' && !state.document) {
    state.document = {
      sourceLang: attributes['source-language'] ?? 'und',
      targetLang: attributes['target-language'] ?? 'und',
      original: attributes['original'] ?? '',
      units: []
    }
  } else if (name === 'group') {
    state.groups.push(attributes['resname'] ?? attributes['id'] ?? '')
  } else if (name === 'trans-unit') {
    const group = state.groups.at(-1)
    state.unit = {id: attributes['id'] ?? '', source: '', target: '', notes: [], ...(group === undefined ? {} : {group})}
    state.unitDepth = state.depth
  } else if (state.unit && state.depth === state.unitDepth + 1 && isField(name)) {
    state.capture = {field: name, depth: state.depth, text: ''}
    if (name === 'target' && attributes['state'] !== undefined) state.unit.state = attributes['state']
  }
}

function checkRoot(name: string, version: string | undefined): void {
  if (name !== 'xliff') throw new InputError('not-xliff', `readXliff: the root element is <${name}>, not <xliff>`)
  if (version !== undefined && !version.startsWith('1.')) {
    throw new InputError('unsupported-xliff', `readXliff: XLIFF ${version} is not supported; export XLIFF 1.2`)
  }
}

function isField(name: string): name is Capture['field'] {
  return name === 'source' || name === 'target' || name === 'note'
}

function close(state: ReadState, name: string): void {
  const {unit, capture} = state
  if (capture && placeholders.has(name)) state.muted--
  if (unit && capture && state.depth === capture.depth) {
    const text = capture.text.replace(/\s+/g, ' ').trim()
    if (capture.field === 'note') unit.notes.push(text)
    else unit[capture.field] = text
    state.capture = undefined
  } else if (!unit && name === 'group') {
    state.groups.pop()
  } else if (unit && name === 'trans-unit' && state.depth === state.unitDepth) {
    state.units.push(unit)
    state.unit = undefined
  }
  state.depth--
}

function append(state: ReadState, chunk: string): void {
  if (state.capture && state.muted === 0) state.capture.text += chunk
}
