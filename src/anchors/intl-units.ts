import {intlKnows} from '../text/intl-knows.js'
import {convertibleUnits} from './unit-conversion.js'
import {scanTokens} from './scan-tokens.js'

/**
 * The words of `lang` for the units a translation converts between, written after the number, as
 * ICU spells them long and short (`Meilen`, `mi`, `Kilometer`, `km/h`, `°C`, `公里`), each as its
 * tokens in lower case, with the ICU unit it names. Left out: one-letter forms (`5M` is also
 * millions; not `°c` nor Chinese `米`) but the metre's (`1,98 m`, `2 м`, which `withUnit` reads only
 * with a space before it: `100m` may be millions), English `in` (the preposition: `5 in 10`) and the bare
 * degree written `度` (Chinese and Japanese also count times with it: `2度目`, the second time). Empty
 * when `Intl` does not know the language.
 *
 * @example
 *   intlUnitWords('de').find(([tokens]) => tokens.join('') === 'kilometer') // => [['kilometer'], 'kilometer']
 */
export function intlUnitWords(lang: string): Array<[string[], string]> {
  const words: Array<[string[], string]> = []
  if (!intlKnows(Intl.NumberFormat, lang)) return words
  const seen = new Set<string>()
  const values = pluralSamples(lang)
  for (const unit of convertibleUnits) {
    for (const unitDisplay of ['long', 'short'] as const) {
      const format = new Intl.NumberFormat(lang, {style: 'unit', unit, unitDisplay, numberingSystem: 'latn'})
      for (const value of values) {
        const parts = format.formatToParts(value)
        const at = parts.findIndex((part) => part.type === 'unit')
        if (at < parts.findIndex((part) => part.type === 'integer')) continue
        const written = (parts[at]?.value ?? '').toLocaleLowerCase(lang)
        const tokens = scanTokens(written).map((token) => token.text)
        const key = tokens.join(' ')
        if (tokens.length === 0 || seen.has(key) || key === 'in' || (unit === 'degree' && /\p{sc=Han}/u.test(written))) continue
        if (written.replace(/[^\p{L}]/gu, '').length < 2 && !/[°\p{sc=Han}]/u.test(written) && !(unit === 'meter' && tokens.length === 1)) continue
        seen.add(key)
        words.push([tokens, unit])
      }
    }
  }
  return words
}

/** One number of each plural form of `lang` (`1`, `2` in English; `1`, `2`, `5` in Russian): each may spell a unit its own way. */
function pluralSamples(lang: string): number[] {
  const rules = new Intl.PluralRules(lang)
  const samples = new Map<string, number>()
  for (const value of [1, 2, 5, 0, 11, 21]) if (!samples.has(rules.select(value))) samples.set(rules.select(value), value)
  return [...samples.values()]
}
