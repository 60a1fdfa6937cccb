const decimalDigit = /^\p{Nd}$/u

/**
 * A number written in any script's decimal digits, in ASCII digits (`２０１８` → `2018`, `٢٥` → `25`,
 * `१२` → `12`), with the Arabic decimal and thousands separators as `.` and `,` (`١٬٢٣٤٫٥` →
 * `1,234.5`, as `Intl` writes 1234.5 for Arabic with Latin digits). Text with nothing but ASCII
 * comes back as it is.
 *
 * @example
 *   asciiDigits('２０１８') // => '2018'
 */
export function asciiDigits(text: string): string {
  let ascii = true
  for (let index = 0; index < text.length && ascii; index++) ascii = text.charCodeAt(index) < 0x80
  if (ascii) return text
  let written = ''
  for (const point of text) written += point === '\u066B' ? '.' : point === '\u066C' ? ',' : decimalDigit.test(point) ? String(digitValue(point)) : point
  return written
}

/**
 * The value of a decimal digit: Unicode encodes every script's digits as runs of ten, zero to nine
 * (some runs back to back, like the mathematical digits), so it is the number of digits just before
 * it, modulo ten.
 */
function digitValue(point: string): number {
  const code = point.codePointAt(0) as number
  let before = 0
  while (decimalDigit.test(String.fromCodePoint(code - before - 1))) before++
  return before % 10
}
