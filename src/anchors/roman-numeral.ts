const romanDigits: Readonly<Record<string, number>> = {i: 1, v: 5, x: 10, l: 50, c: 100}
const wellFormed = /^(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/

/**
 * The value of a Roman numeral below a hundred, of two letters or more, in any case (`XIX` → 19,
 * `ii` → 2), or `undefined`: one letter (`I`, `V`, `X`) is more often a word or a name.
 *
 * @example
 *   romanValue('XIX') // => 19
 *   romanValue('IIV') // => undefined
 */
export function romanValue(text: string): number | undefined {
  const numeral = text.toLowerCase()
  if (numeral.length < 2 || !wellFormed.test(numeral)) return undefined
  let value = 0
  for (let index = 0; index < numeral.length; index++) {
    const digit = romanDigits[numeral.charAt(index)] ?? 0
    const next = romanDigits[numeral.charAt(index + 1)] ?? 0
    value += digit < next ? -digit : digit
  }
  return value
}

const withEnding = /^(\p{Lu}{2,})-?\p{Ll}{1,3}$/u

/**
 * The numeral of a Roman ordinal written with a short ending (French `XIXe`, Romanian `XIX-lea`), in
 * lower case (`xix`), or `undefined`.
 */
export function romanOrdinal(written: string): string | undefined {
  const numeral = withEnding.exec(written)?.[1]
  return numeral !== undefined && romanValue(numeral) !== undefined ? numeral.toLowerCase() : undefined
}
