/** Languages whose lower case of `I` is dotless `ı` and of `İ` is `i`. */
const dottedLanguages = new Set(['tr', 'az'])

/**
 * Lower-cases `text` with the rules of `lang` (a BCP 47 tag, default `und`).
 *
 * Turkish and Azerbaijani (`tr`, `az`) map `İ`→`i` and `I`→`ı`;
 * other tags use `toLocaleLowerCase(lang)`; `und`, a missing or an invalid
 * tag use the locale-independent `toLowerCase()`.
 *
 * @example
 *   foldCase('İŞKUR IRAK', 'tr') // => 'işkur ırak'
 *   foldCase('IRAK', 'en') // => 'irak'
 */
export function foldCase(text: string, lang = 'und'): string {
  const primary = lang.split(/[-_]/)[0]?.toLowerCase() ?? ''
  if (dottedLanguages.has(primary)) {
    return text.replace(/I/g, 'ı').replace(/\u0130/g, 'i').toLowerCase()
  }
  if (primary === '' || primary === 'und') return text.toLowerCase()
  try {
    return text.toLocaleLowerCase(lang)
  } catch {
    return text.toLowerCase()
  }
}
