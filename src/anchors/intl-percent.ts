import {intlKnows} from '../text/intl-knows.js'

/** Percent words, as the words of each form: before the number (`yüzde 40`) and after it (`40 per cent`). */
export interface PercentWords {
  before: string[][]
  after: string[][]
}

/**
 * The words `lang` writes a percentage with, as ICU spells the unit out (`Prozent`, `pour cent`,
 * `процентов`, `パーセント`, Turkish `yüzde` before the number), in lower case, each form split into
 * its words, singular and plural forms alike. Signs (`%`, `٪`) are left out: the caller knows them.
 * Empty when `Intl` does not know the language.
 *
 * @example
 *   intlPercentWords('fr').after // => [['pour', 'cent']]
 */
export function intlPercentWords(lang: string): PercentWords {
  const words: PercentWords = {before: [], after: []}
  if (!intlKnows(Intl.NumberFormat, lang)) return words
  const format = new Intl.NumberFormat(lang, {style: 'unit', unit: 'percent', unitDisplay: 'long', numberingSystem: 'latn'})
  const seen = new Set<string>()
  for (const value of [1, 2, 5, 40, 1.5]) {
    const parts = format.formatToParts(value)
    const unit = parts.findIndex((part) => part.type === 'unit')
    const number = parts.findIndex((part) => part.type === 'integer')
    const form = (parts[unit]?.value ?? '').toLocaleLowerCase(lang).split(/\s+/).filter((word) => word !== '')
    if (number < 0 || form.length === 0 || !form.every((word) => /^[\p{L}\p{M}]+$/u.test(word))) continue
    const side = unit < number ? 'before' : 'after'
    const key = `${side} ${form.join(' ')}`
    if (!seen.has(key)) seen.add(key), words[side].push(form)
  }
  return words
}
