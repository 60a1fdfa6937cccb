import {SaxesParser} from 'saxes'

const core = 'urn:oasis:names:tc:xliff:document:2.0'
const states = new Set(['initial', 'translated', 'reviewed', 'final'])
/** Allowed core children, in the order the XLIFF 2.0 core schema requires them (other namespaces first). */
const order: Record<string, string[]> = {
  xliff: ['file'],
  file: ['notes', 'unit|group'],
  group: ['notes', 'unit|group'],
  unit: ['notes', 'originalData', 'segment|ignorable'],
  segment: ['source', 'target'],
  notes: ['note']
}

/**
 * The rules of the XLIFF 2.0 core schema (xliff_core_2.0.xsd) that bitext's writers could break, checked
 * without the schema (which could not be fetched here): root, version and languages; `id` on files,
 * groups and units (NMTOKEN, unique in the file); element order; segment states; note attributes.
 * Returns the problems found, `[]` for a file that keeps them.
 */
export function xliff2Problems(xml: string): string[] {
  const problems: string[] = []
  const parser = new SaxesParser({xmlns: true})
  const stack: Array<{name: string; step: number; children: number}> = []
  let ids = new Set<string>()
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1)
    if (tag.uri !== core) {
      if (parent && parent.step > 0 && parent.name !== 'source' && parent.name !== 'target') problems.push(`<${tag.name}> after core elements in <${parent.name}>`)
      stack.push({name: tag.local, step: 0, children: 0})
      return
    }
    const attribute = (name: string) => tag.attributes[name]?.value
    if (!parent && (tag.local !== 'xliff' || attribute('version') !== '2.0' || !attribute('srcLang'))) problems.push('root is not <xliff version="2.0" srcLang>')
    if (tag.local === 'file') ids = new Set()
    if (['file', 'group', 'unit'].includes(tag.local)) {
      const id = attribute('id') ?? ''
      if (!/^[\p{L}\p{N}._:-]+$/u.test(id)) problems.push(`<${tag.local}> id "${id}" is not an NMTOKEN`)
      if (tag.local !== 'file' && ids.has(id)) problems.push(`id "${id}" twice in a file`)
      ids.add(id)
    }
    if (tag.local === 'segment' && attribute('state') !== undefined && !states.has(attribute('state')!)) problems.push(`segment state "${attribute('state')}"`)
    if (tag.local === 'note' && attribute('from') !== undefined) problems.push('<note from> is XLIFF 1.2, not 2.0')
    if (parent && order[parent.name]) {
      const step = order[parent.name]!.findIndex((names) => names.split('|').includes(tag.local))
      if (step < 0 || step + 1 < parent.step) problems.push(`<${tag.local}> out of place in <${parent.name}>`)
      parent.step = Math.max(parent.step, step + 1)
    }
    if (parent) parent.children++
    stack.push({name: tag.local, step: 0, children: 0})
  })
  parser.on('closetag', (tag) => {
    const closed = stack.pop()
    if (closed && (tag.local === 'unit' || tag.local === 'segment') && closed.step < order[tag.local]!.length - (tag.local === 'segment' ? 1 : 0)) problems.push(`<${tag.local}> without ${order[tag.local]!.at(-1)}`)
  })
  parser.write(xml).close()
  return problems
}
