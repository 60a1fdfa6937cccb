/**
 * The lower-case primary subtag of a BCP 47 tag (`TR-tr` → `tr`, `en_GB` → `en`): the part of a
 * language tag that decides case rules, number formats, abbreviations and franc's code. Called for
 * every word by the anchor readers, so it looks for the separator by hand rather than by a pattern.
 *
 * @example
 *   primaryLang('tr-TR') // => 'tr'
 */
export function primaryLang(tag: string): string {
  let end = 0
  while (end < tag.length && tag.charCodeAt(end) !== 45 && tag.charCodeAt(end) !== 95) end++ // `-`, `_`
  return (end === tag.length ? tag : tag.slice(0, end)).toLowerCase()
}
