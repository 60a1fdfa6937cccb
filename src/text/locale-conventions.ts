import {primaryLang} from './primary-lang.js'

/** How a locale writes numbers and numeric dates, as the runtime's ICU data says. */
export interface LocaleConventions {
  /** The decimal separator in Latin digits: `,` for `tr`, `de`, `en-ZA`; `.` for `en`, `de-CH`, `es-MX`. */
  decimal: string
  /** The thousands separator: `.` for `tr`, `,` for `en`, `'` for `de-CH`, a narrow no-break space for `fr`; `''` if none. */
  group: string
  /** Whether a numeric date is written month, day, year (`en`, `en-US`), so `6/3/2021` is June 3. */
  monthFirst: boolean
}

/** `und`, an unknown or an invalid tag: the conventions of no locale in particular. */
const neutral: LocaleConventions = {decimal: '.', group: ',', monthFirst: false}
/** Conventions already looked up, by tag; bounded so odd input cannot grow it without end. */
const known = new Map<string, LocaleConventions>()
const maxKnown = 200
/** The last tag asked for, as given, and its conventions: a text's numbers ask for the same tag again and again. */
let last: {lang: string; conventions: LocaleConventions} | undefined

/**
 * The number and date conventions of `lang` (a BCP 47 tag; `_` is read as `-`), from
 * `Intl.NumberFormat` and `Intl.DateTimeFormat`: region subtags count (`de` writes `1.234,5`,
 * `de-CH` `1'234.5`). A tag ICU does not know (it would fall back to the runtime's default
 * locale), `und` or an invalid tag gives `.` for decimals, `,` for groups and day-first dates.
 *
 * @example
 *   localeConventions('tr-TR') // => {decimal: ',', group: '.', monthFirst: false}
 */
export function localeConventions(lang: string): LocaleConventions {
  if (last?.lang === lang) return last.conventions
  const tag = lang.trim().replaceAll('_', '-')
  let conventions = known.get(tag)
  if (conventions === undefined) {
    conventions = lookUp(tag)
    if (known.size >= maxKnown) known.clear()
    known.set(tag, conventions)
  }
  last = {lang, conventions}
  return conventions
}

function lookUp(tag: string): LocaleConventions {
  const locale = supportedLocale(tag)
  if (locale === undefined) return neutral
  const parts = new Intl.NumberFormat(locale, {numberingSystem: 'latn'}).formatToParts(1234567.5)
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.'
  const group = parts.find((part) => part.type === 'group')?.value ?? ''
  return {decimal, group, monthFirst: isMonthFirst(locale)}
}

/** The canonical tag if ICU has data for its language, else `undefined`. */
function supportedLocale(tag: string): string | undefined {
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]
  } catch {
    return undefined
  }
  if (canonical === undefined || primaryLang(canonical) === 'und') return undefined
  const resolved = new Intl.NumberFormat(canonical).resolvedOptions().locale
  return primaryLang(resolved) === primaryLang(canonical) ? canonical : undefined
}

/** Month, day, year in that order in the locale's numeric date (year-first locales are not). */
function isMonthFirst(locale: string): boolean {
  const format = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC'})
  const order = format.formatToParts(Date.UTC(2021, 5, 3)).filter((part) => part.type !== 'literal').map((part) => part.type)
  return order.join(' ') === 'month day year'
}
