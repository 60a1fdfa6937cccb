import {intlKnows} from './intl-knows.js'

/** Numbers ICU writes in compact form: 1, 2 and 5 times each power of ten from a thousand to a trillion (plural forms differ). */
const samples = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((power) => [1, 2, 5].map((times) => times * 10 ** power))

/**
 * The words that multiply a number in `lang`, as ICU's compact notation writes them, long and short
 * (`Milliarden`, `Mrd.` in German; `万`, `亿` in Chinese; `लाख` in Hindi), lower case without their
 * dots, as powers of ten. Left out: one-letter forms of cased scripts (`K`, `M`, `B` are also
 * units; Korean `만` stays), one-letter trillions (Korean `조` is also an article of a law, `제5조`;
 * Japanese `兆` an omen), and forms of more than one word (`mil millones`), which the words make in turn.
 * Empty when `Intl` does not know the language.
 *
 * @example
 *   intlMultipliers('de').get('mrd') // => 9
 */
export function intlMultipliers(lang: string): Map<string, number> {
  const multipliers = new Map<string, number>()
  for (const {word, value, shown} of compactForms(lang)) {
    if (!/^[\p{L}\p{M}]+$/u.test(word) || multipliers.has(word)) continue
    const power = Math.round(Math.log10(value / shown))
    if (word.length === 1 && (word.toUpperCase() !== word || power >= 12)) continue
    multipliers.set(word, power)
  }
  return multipliers
}

/**
 * The words ICU's compact notation writes between a number and its scale word, or between two scale
 * words, in `lang` (long forms): Romanian `de` (`20 de milioane`), Catalan `de` (`2 milers de
 * milions`); `multipliers` are the language's scale words (`intlMultipliers`). Empty when there are
 * none or `Intl` does not know the language.
 *
 * @example
 *   intlMultiplierJoins('ro', intlMultipliers('ro')) // => Set {'de'}
 */
export function intlMultiplierJoins(lang: string, multipliers: ReadonlyMap<string, number>): Set<string> {
  const joins = new Set<string>()
  for (const {word} of compactForms(lang, ['long'])) {
    const words = word.split(/\s+/u)
    if (words.length < 2 || !multipliers.has(words.at(-1) ?? '')) continue
    for (const join of words.slice(0, -1)) if (!multipliers.has(join) && /^[\p{L}\p{M}]+$/u.test(join)) joins.add(join)
  }
  return joins
}

/** The compact-notation word of each sample (long and short, lower case, without dots), with the value and the number shown. */
function compactForms(lang: string, displays: ReadonlyArray<'long' | 'short'> = ['long', 'short']): Array<{word: string; value: number; shown: number}> {
  if (!intlKnows(Intl.NumberFormat, lang)) return []
  const forms: Array<{word: string; value: number; shown: number}> = []
  const formats = displays.map((compactDisplay) => new Intl.NumberFormat(lang, {notation: 'compact', compactDisplay, maximumFractionDigits: 1, numberingSystem: 'latn'}))
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
