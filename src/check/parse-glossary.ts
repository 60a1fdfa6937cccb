import {InputError} from '../input-error.js'
import type {GlossaryEntry} from './glossary.js'

/**
 * Reads a glossary in CSV: one entry per row, the source term in the first
 * column and each accepted translation in a further column
 * (`İŞKUR,İŞKUR,Turkish Employment Agency`). Fields may be quoted (`"a, b"`,
 * `""` for a quote). A first row `source,target` is a header and skipped;
 * blank rows and rows starting with `#` too. Throws `InputError('bad-glossary')`
 * naming the first row without a translation.
 */
export function parseGlossary(csv: string): GlossaryEntry[] {
  if (typeof csv !== 'string') throw new TypeError('parseGlossary: expected `csv` to be the text of a glossary (a string)')
  const entries: GlossaryEntry[] = []
  const rows = csv.replace(/^\uFEFF/, '').split(/\r?\n/)
  rows.forEach((row, index) => {
    if (row.trim() === '' || row.startsWith('#')) return
    const [source = '', ...targets] = splitRow(row).map((field) => field.trim())
    if (index === 0 && source.toLowerCase() === 'source') return
    const target = targets.filter((field) => field !== '')
    if (source === '' || target.length === 0) {
      throw new InputError('bad-glossary', `glossary row ${index + 1}: expected 'term,translation', got '${row.slice(0, 60)}'`)
    }
    entries.push({source, target})
  })
  return entries
}

function splitRow(row: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < row.length; index++) {
    const char = row[index]
    if (quoted && char === '"' && row[index + 1] === '"') {
      field += '"'
      index++
    } else if (char === '"' && (quoted || field.trim() === '')) {
      if (!quoted) field = ''
      quoted = !quoted
    } else if (char === ',' && !quoted) {
      fields.push(field)
      field = ''
    } else field += char
  }
  fields.push(field)
  return fields
}
