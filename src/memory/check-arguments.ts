/**
 * The checks every store makes of what an app passes in, before anything is read or written: a
 * `TypeError` that names the method, the unit and the field, rather than a failure deep inside.
 */

/** A unit's fields that must be strings, and must not be empty (the languages). */
const textFields = ['source', 'target'] as const
const languageFields = ['sourceLang', 'targetLang'] as const

/** Throws unless `units` is an array of units with string texts and language tags (checked before a batch is written: all or nothing). */
export function checkUnits(units: unknown, method: string): void {
  if (!Array.isArray(units)) throw new TypeError(`${method}: expected an array of translation units, got ${kindOf(units)}`)
  units.forEach((unit: unknown, index) => {
    if (typeof unit !== 'object' || unit === null) throw new TypeError(`${method}: unit ${index}: expected an object {source, target, sourceLang, targetLang}, got ${kindOf(unit)}`)
    const fields = unit as Record<string, unknown>
    for (const field of textFields) {
      if (typeof fields[field] !== 'string') throw new TypeError(`${method}: unit ${index}: expected \`${field}\` to be a string, got ${kindOf(fields[field])}`)
    }
    for (const field of languageFields) {
      if (typeof fields[field] !== 'string' || fields[field] === '') throw new TypeError(`${method}: unit ${index}: expected \`${field}\` to be a language tag such as 'tr' or 'en-GB', got ${kindOf(fields[field])}`)
    }
  })
}

/** Throws unless `value` (the `name` of `method`: a lookup's query, a concordance's term) is a string. */
export function checkText(value: unknown, method: string, name: string): void {
  if (typeof value !== 'string') throw new TypeError(`${method}: expected the ${name} to be a string, got ${kindOf(value)}`)
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return value === '' ? 'an empty string' : typeof value
}
