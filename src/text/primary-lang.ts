/**
 * The lower-case primary subtag of a BCP 47 tag (`TR-tr` → `tr`, `en_GB` → `en`): the part of a
 * language tag that decides case rules, number formats, abbreviations and franc's code.
 *
 * @example
 *   primaryLang('tr-TR') // => 'tr'
 */
export function primaryLang(tag: string): string {
  const end = tag.search(/[-_]/)
  return (end === -1 ? tag : tag.slice(0, end)).toLowerCase()
}
