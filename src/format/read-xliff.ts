import {SaxesParser} from 'saxes'
import type {SaxesTagPlain} from 'saxes'
import {InputError} from '../input-error.js'
import type {InlineText} from './xliff-inline.js'
import {closeInline, emptyInline, finishInline, openInline, textInline} from './xliff-inline.js'
import type {XliffDocument, XliffFileInfo, XliffUnit} from './xliff.js'

interface ReadState {
  version: string
  /** XLIFF 2: the root's `srcLang` and `trgLang`, which every `<file>` shares. */
  rootLangs: {sourceLang: string; targetLang: string}
  files: XliffFileInfo[]
  units: XliffUnit[]
  /** The open unit (1.2 `<trans-unit>`, 2.x `<segment>`), its element's depth, and the 2.x `<unit>` around it. */
  unit: XliffUnit | undefined
  unitDepth: number
  unit2: {id: string; segments: number; first: number; notes: string[]; data: Record<string, string>} | undefined
  /** A `<data>` of `<originalData>` being read. */
  data: {id: string; text: string} | undefined
  depth: number
  field: {name: 'source' | 'target' | 'note'; depth: number; inline: InlineText} | undefined
  groups: string[]
  /** `xml:space` of the open elements, innermost last. */
  space: boolean[]
}

/**
 * Reads an XLIFF file, 1.2 or 2.0/2.1 (one bitext wrote and a reviewer edited, or any CAT tool's): every
 * unit of every `<file>` (XLIFF 2: every `<segment>`) with its target, `state`, notes and group. Inline
 * elements become placeholders (see `XliffUnit.sourceTags`), `<mrk>`/`<sm/>`/`<em/>` are dropped with their
 * text kept, white space is collapsed except under `xml:space="preserve"`. Throws `InputError` on malformed
 * XML or anything but XLIFF 1.x and 2.0/2.1.
 */
export function readXliff(text: string): XliffDocument {
  if (typeof text !== 'string') throw new TypeError('readXliff: expected the text of an XLIFF file (a string)')
  const state: ReadState = {version: '', rootLangs: {sourceLang: 'und', targetLang: 'und'}, files: [], units: [], unit: undefined, unitDepth: -1, unit2: undefined, data: undefined, depth: 0, field: undefined, groups: [], space: [false]}
  const parser = new SaxesParser()
  parser.on('opentag', (tag) => open(state, tag))
  parser.on('closetag', (tag) => close(state, tag))
  parser.on('text', (chunk) => addText(state, chunk))
  parser.on('cdata', (chunk) => addText(state, chunk))
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError('malformed-xml', `readXliff: not well-formed XML: ${(error as Error).message}`)
  }
  const [first, ...others] = state.files
  if (!first) throw new InputError('not-xliff', 'readXliff: no <file> element: not an XLIFF file')
  return {...first, units: state.units, version: state.version, ...(others.length > 0 ? {files: state.files} : {})}
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function open(state: ReadState, tag: SaxesTagPlain): void {
  const name = localName(tag.name)
  const attributes = tag.attributes
  state.depth++
  const space = attributes['xml:space']
  state.space.push(space === undefined ? state.space.at(-1)! : space === 'preserve')
  if (state.field) return openInline(state.field.inline, name, attributes, tag.isSelfClosing)
  if (state.depth === 1) return checkRoot(state, name, attributes)
  if (name === 'file') state.files.push(fileInfo(state, attributes))
  else if (name === 'group') state.groups.push((state.version.startsWith('2') ? attributes['name'] : attributes['resname']) ?? attributes['id'] ?? '')
  else if (name === 'unit') state.unit2 = {id: attributes['id'] ?? '', segments: 0, first: state.units.length, notes: [], data: {}}
  else if (name === 'data' && state.unit2) state.data = {id: attributes['id'] ?? '', text: ''}
  else if (name === 'trans-unit' || name === 'segment') openUnit(state, name === 'segment' ? segmentId(state, attributes) : attributes['id'] ?? '', attributes)
  else if ((state.unit || state.unit2) && isField(name)) openField(state, name, attributes)
}

function checkRoot(state: ReadState, name: string, attributes: Record<string, string>): void {
  if (name !== 'xliff') throw new InputError('not-xliff', `readXliff: the root element is <${name}>, not <xliff>`)
  const version = attributes['version'] ?? '1.2'
  if (!/^(?:1\.\d|2\.[01])$/.test(version)) throw new InputError('unsupported-xliff', `readXliff: XLIFF ${version} is not supported; export XLIFF 1.2, 2.0 or 2.1`)
  state.version = version
  if (version.startsWith('2')) state.rootLangs = {sourceLang: attributes['srcLang'] ?? 'und', targetLang: attributes['trgLang'] ?? 'und'}
}

/** A `<file>`: 1.2 has its own languages; 2.x takes the root's. */
function fileInfo(state: ReadState, attributes: Record<string, string>): XliffFileInfo {
  if (state.version.startsWith('2')) return {...state.rootLangs, original: attributes['original'] ?? attributes['id'] ?? ''}
  return {sourceLang: attributes['source-language'] ?? 'und', targetLang: attributes['target-language'] ?? 'und', original: attributes['original'] ?? ''}
}

function segmentId(state: ReadState, attributes: Record<string, string>): string {
  const unit = state.unit2
  if (!unit) return attributes['id'] ?? ''
  const id = unit.segments === 0 ? unit.id : `${unit.id}.${attributes['id'] ?? unit.segments}`
  unit.segments++
  return id
}

function openUnit(state: ReadState, id: string, attributes: Record<string, string>): void {
  const group = state.groups.at(-1)
  const file = state.files.length - 1
  const data = state.unit2?.data ?? {}
  state.unit = {id, source: '', target: '', notes: [], ...(group === undefined ? {} : {group}), ...(file > 0 ? {file} : {}), ...(Object.keys(data).length > 0 ? {data} : {})}
  if (state.version.startsWith('2') && attributes['state'] !== undefined) state.unit.state = attributes['state']
  state.unitDepth = state.depth
}

function isField(name: string): name is 'source' | 'target' | 'note' {
  return name === 'source' || name === 'target' || name === 'note'
}

function openField(state: ReadState, name: 'source' | 'target' | 'note', attributes: Record<string, string>): void {
  const inUnit = state.unit !== undefined && state.depth === state.unitDepth + 1
  if (!inUnit && !(name === 'note' && state.unit2 && !state.unit)) return
  state.field = {name, depth: state.depth, inline: emptyInline()}
  if (state.unit && name === 'target' && attributes['state'] !== undefined && !state.version.startsWith('2')) state.unit.state = attributes['state']
}

function close(state: ReadState, tag: SaxesTagPlain): void {
  const name = localName(tag.name)
  const preserve = state.space.pop()!
  const field = state.field
  if (field && state.depth === field.depth) closeField(state, field, preserve)
  else if (field) closeInline(field.inline, name, tag.isSelfClosing)
  else if (name === 'group') state.groups.pop()
  else if (name === 'data' && state.data && state.unit2) {
    state.unit2.data[state.data.id] = state.data.text
    state.data = undefined
  } else if (state.unit && state.depth === state.unitDepth) {
    state.units.push(state.unit)
    state.unit = undefined
  } else if (name === 'unit' && state.unit2) {
    for (const unit of state.units.slice(state.unit2.first)) unit.notes.push(...state.unit2.notes)
    state.unit2 = undefined
  }
  state.depth--
}

function addText(state: ReadState, chunk: string): void {
  if (state.field) textInline(state.field.inline, chunk)
  else if (state.data) state.data.text += chunk
}

function closeField(state: ReadState, field: NonNullable<ReadState['field']>, preserve: boolean): void {
  const {text, tags} = finishInline(field.inline, preserve)
  state.field = undefined
  if (field.name === 'note') {
    if (state.unit) state.unit.notes.push(text)
    else state.unit2?.notes.push(text)
    return
  }
  const unit = state.unit!
  unit[field.name] = text
  if (tags.length > 0) unit[field.name === 'source' ? 'sourceTags' : 'targetTags'] = tags
}
