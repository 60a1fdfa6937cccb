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
  if (!intlKnows(Intl.NumberFormat, lang)) return multipliers
  const formats = (['long', 'short'] as const).map((compactDisplay) => new Intl.NumberFormat(lang, {notation: 'compact', compactDisplay, maximumFractionDigits: 1, numberingSystem: 'latn'}))
  for (const format of formats) {
    for (const value of samples) {
      const parts = format.formatToParts(value)
      const word = parts.find((part) => part.type === 'compact')?.value.toLocaleLowerCase(lang).replaceAll('.', '')
      const shown = Number(parts.filter((part) => part.type === 'integer' || part.type === 'fraction').map((part) => part.value).join('.'))
      if (word === undefined || !/^[\p{L}\p{M}]+$/u.test(word) || !(shown > 0) || multipliers.has(word)) continue
      const power = Math.round(Math.log10(value / shown))
      if (word.length === 1 && (word.toUpperCase() !== word || power >= 12)) continue
      multipliers.set(word, power)
    }
  }
  return multipliers
}
