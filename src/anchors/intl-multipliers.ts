import {intlKnows} from '../text/intl-knows.js'

/** Numbers ICU writes in compact form: 1, 2 and 5 times each power of ten from a thousand to a trillion (plural forms differ). */
const samples = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((power) => [1, 2, 5].map((times) => times * 10 ** power))

/** A language's scale words and the words written before them, as `intlScaleWords` reads them. */
export interface ScaleWords {
  /** Scale word → power of ten. */
  multipliers: Map<string, number>
  /** Words written between a number and its scale word, or between two scale words. */
  joins: Set<string>
}

/**
 * The words that multiply a number in `lang`, as ICU's compact notation writes them, long and short
 * (`Milliarden`, `Mrd.` in German; `万`, `亿` in Chinese; `लाख` in Hindi), lower case without their
 * dots, as powers of ten. Left out: one-letter forms of cased scripts (`K`, `M`, `B` are also
 * units; Korean `만` stays), one-letter trillions (Korean `조` is also an article of a law, `제5조`;
 * Japanese `兆` an omen), and forms of more than one word (`mil millones`), which the words make in
 * turn. The other words of those forms are `joins`: Romanian `de` (`20 de milioane`), Catalan `de`
 * (`2 milers de milions`). Empty when `Intl` does not know the language.
 *
 * @example
 *   intlScaleWords('de').multipliers.get('mrd') // => 9
 *   intlScaleWords('ro').joins // => Set {'de'}
 */
export function intlScaleWords(lang: string): ScaleWords {
  const forms = compactForms(lang)
  const multipliers = new Map<string, number>()
  for (const {word, value, shown} of forms) {
    if (!letters.test(word) || multipliers.has(word)) continue
    const power = Math.round(Math.log10(value / shown))
    if (word.length === 1 && (word.toUpperCase() !== word || power >= 12)) continue
    multipliers.set(word, power)
  }
  const joins = new Set<string>()
  for (const {word} of forms) {
    const words = word.split(/\s+/u)
    if (words.length < 2 || !multipliers.has(words.at(-1) ?? '')) continue
    for (const join of words.slice(0, -1)) if (!multipliers.has(join) && letters.test(join)) joins.add(join)
  }
  return {multipliers, joins}
}

/** The scale words of `lang` alone (`intlScaleWords`). */
export function intlMultipliers(lang: string): Map<string, number> {
  return intlScaleWords(lang).multipliers
}

const letters = /^[\p{L}\p{M}]+$/u

/** The compact-notation word of each sample (long and short, lower case, without dots), with the value and the number shown. */
function compactForms(lang: string): Array<{word: string; value: number; shown: number}> {
  if (!intlKnows(Intl.NumberFormat, lang)) return []
  const forms: Array<{word: string; value: number; shown: number}> = []
  const formats = (['long', 'short'] as const).map((compactDisplay) => new Intl.NumberFormat(lang, {notation: 'compact', compactDisplay, maximumFractionDigits: 1, numberingSystem: 'latn'}))
  for (const format of formats) {
    for (const value of samples) {
      const parts = format.formatToParts(value)
      const word = parts.find((part) => part.type === 'compact')?.value.toLocaleLowerCase(lang).replaceAll('.', '').trim()
      const shown = Number(parts.filter((part) => part.type === 'integer' || part.type === 'fraction').map((part) => part.value).join('.'))
      if (word !== undefined && shown > 0) forms.push({word, value, shown})
    }
  }
  return forms
}
