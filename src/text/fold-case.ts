import {primaryLang} from './primary-lang.js'

/**
 * Languages whose lower case of `I` is dotless `ı` and of `İ` is `i`: the two with
 * these rules in Unicode's SpecialCasing and ICU (Crimean Tatar, Tatar, Bashkir and
 * Kazakh have none there, so `toLocaleLowerCase` leaves their `I` as `i`).
 */
const dottedLanguages = new Set(['tr', 'az'])

/** Whether `lang` (a BCP 47 tag) lower-cases `I` to dotless `ı`: Turkish and Azerbaijani. */
export function isDottedLanguage(lang: string): boolean {
  return dottedLanguages.has(primaryLang(lang))
}
/**
 * Languages with lower-casing rules of their own in Unicode's SpecialCasing
 * (besides Turkish and Azerbaijani: Lithuanian keeps the dot of `i` under
 * accents). Every other language lower-cases as `toLowerCase()` does, which is
 * several times faster than `toLocaleLowerCase`.
 */
const localeLanguages = new Set(['lt'])

/**
 * Lower-cases `text` with the rules of `lang` (a BCP 47 tag, default `und`).
 *
 * Turkish and Azerbaijani (`tr`, `az`) map `İ`→`i` and `I`→`ı`;
 * Lithuanian uses `toLocaleLowerCase(lang)`; every other tag, `und`, a missing
 * or an invalid tag use the locale-independent `toLowerCase()`, which gives
 * the same result for them.
 *
 * @example
 *   foldCase('İŞKUR IRAK', 'tr') // => 'işkur ırak'
 *   foldCase('IRAK', 'en') // => 'irak'
 */
export function foldCase(text: string, lang = 'und'): string {
  if (typeof text !== 'string') throw new TypeError('foldCase: expected `text` to be a string')
  if (typeof lang !== 'string') throw new TypeError("foldCase: expected `lang` to be a language tag such as 'tr' (a string)")
  const primary = primaryOf(lang)
  if (dottedLanguages.has(primary)) {
    return text.replace(/I/g, 'ı').replace(/\u0130/g, 'i').toLowerCase()
  }
  if (!localeLanguages.has(primary)) return text.toLowerCase()
  try {
    return text.toLocaleLowerCase(lang)
  } catch {
    return text.toLowerCase()
  }
}

/** The last tag asked for and its primary subtag: a document asks for the same one again and again. */
let last = {lang: 'und', primary: 'und'}

function primaryOf(lang: string): string {
  if (last.lang !== lang) last = {lang, primary: primaryLang(lang)}
  return last.primary
}
