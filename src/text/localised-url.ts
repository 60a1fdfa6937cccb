/** Template variables (`{{ page.lang }}`, `{{site.baseurl}}`): they stand for the same value on both sides. */
const templateVariable = /\{\{[^{}]*\}\}\/?/gu

/**
 * A link target or image source in a form that is equal across the two
 * language versions of a page: scheme, `www.`, fragment, trailing slash and
 * template variables dropped, the leading `./` and `../` of a relative
 * path too, and the languages of the pair (`langs`, primary
 * subtags) removed where they localise the address — a path segment (`/tr/`),
 * a subdomain (`tr.example.org`), a query value (`hl=tr`, `?lang=en-US`) or a
 * file-name suffix (`README-tr.md`). Fragment-only targets (`#kurulum`) give
 * `''`: headings are translated, so their anchors differ.
 *
 * @example
 *   localisedUrl('https://tr.example.org/tr/docs/?hl=tr#giris', ['tr', 'en']) // => 'example.org/docs'
 */
export function localisedUrl(url: string, langs: readonly string[]): string {
  const bare = url.trim().replace(templateVariable, '').split('#')[0] ?? ''
  const [address = '', query = ''] = bare.split('?', 2)
  const codes = langs.filter((lang) => /^[a-z]{2,3}$/u.test(lang))
  if (codes.length === 0) return joinQuery(tidyAddress(address), query)
  const token = `(?:${codes.join('|')})(?:[-_][A-Za-z]{2,4})?`
  const localised = address
    .replace(new RegExp(`^((?:[a-z][a-z+.-]*:)?//)${token}\\.`, 'iu'), '$1')
    .replace(new RegExp(`/${token}(?=/|$)`, 'giu'), '')
    .replace(new RegExp(`[-_.]${token}(?=\\.[A-Za-z0-9]+$)`, 'iu'), '')
  const params = query.split('&').filter((param) => param !== '' && !new RegExp(`^[^=]*=${token}$`, 'iu').test(param))
  return joinQuery(tidyAddress(localised), params.join('&'))
}

/** Relative addresses lose their leading `./` and `../`: a translation often sits one folder deeper. */
function tidyAddress(address: string): string {
  return address
    .replace(/^(?:\.\.?\/)+/u, '')
    .replace(/^(?:https?:)?\/\/(?:www\.)?/iu, '')
    .replace(/(?<!:)\/{2,}/gu, '/')
    .replace(/\/$/u, '')
}

function joinQuery(address: string, query: string): string {
  return query === '' ? address : `${address}?${query}`
}
