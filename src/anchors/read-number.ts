import {localeConventions} from '../text/locale-conventions.js'

/** Whether `lang` (BCP 47) writes the decimal comma (`1.000,5` in `de`), as `Intl` says (not `de-CH`: `1'000.5`). */
export function usesDecimalComma(lang: string): boolean {
  return localeConventions(lang).decimal === ','
}

/**
 * The canonical value of a digit run with `.`/`,` separators, read with the
 * conventions of `lang`: `1.000,5` (tr) and `1,000.5` (en) both give `1000.5`,
 * `15.000` (tr) gives `15000`, `2.5` (tr, not a group of three) gives `2.5`.
 * Leading zeros of the integer and trailing zeros of the fraction are dropped.
 * A no-break space before three digits groups thousands (`1\u00A0250` → `1250`).
 * Returns `undefined` for runs that are not one number (`1.2.3`).
 */
export function readNumber(text: string, lang: string): string | undefined {
  if (/[\u00A0\u202F]/.test(text)) {
    // A no-break space groups thousands in any language (`1 250` in French): only before three digits.
    const joined = text.replace(/[\u00A0\u202F](?=\d{3}(?!\d))/g, '')
    return /[\u00A0\u202F]/.test(joined) ? undefined : readNumber(joined, lang)
  }
  const decimal = usesDecimalComma(lang) ? ',' : '.'
  return readWith(text, decimal) ?? readWith(text, decimal === ',' ? '.' : ',')
}

function readWith(text: string, decimal: string): string | undefined {
  const parts = text.split(/([.,])/)
  const groups = parts.filter((_, index) => index % 2 === 0)
  const separators = parts.filter((_, index) => index % 2 === 1)
  const lastSeparator = separators.at(-1)
  const lastGroup = groups.at(-1) ?? ''
  if (lastSeparator === undefined) return canonical(text, '')
  const decimalAtEnd = lastSeparator === decimal || (separators.length === 1 && lastGroup.length !== 3)
  const groupSeparators = decimalAtEnd ? separators.slice(0, -1) : separators
  const grouped = groups.slice(1, decimalAtEnd ? -1 : undefined)
  const consistent =
    groupSeparators.every((separator) => separator === groupSeparators[0]) &&
    (!decimalAtEnd || groupSeparators.every((separator) => separator !== lastSeparator)) &&
    grouped.every((group) => group.length === 3)
  if (!consistent) return undefined
  const integer = groups.slice(0, decimalAtEnd ? -1 : undefined).join('')
  return canonical(integer, decimalAtEnd ? lastGroup : '')
}

/** `007`, `50` → `7.5`; trims zeros that carry no value. */
function canonical(integer: string, fraction: string): string {
  const whole = integer.replace(/^0+(?=\d)/, '')
  const part = fraction.replace(/0+$/, '')
  return part === '' ? whole : `${whole}.${part}`
}

/** Multiplies a canonical value by 10^zeros (`1.5` × 10^6 → `1500000`). */
export function scaleNumber(value: string, zeros: number): string {
  const [integer = '', fraction = ''] = value.split('.')
  const padded = fraction.padEnd(zeros, '0')
  return canonical(integer + padded.slice(0, zeros), padded.slice(zeros))
}
