/** Classes of a code point for `scanTokens`: other (any non-space), decimal digit, letter or mark, white space. */
const other = 0
export const digit = 1
export const letter = 2
export const space = 3

const digitPattern = /^\p{Nd}$/u
const letterPattern = /^[\p{L}\p{M}]$/u
const spacePattern = /^\s$/u

/** Classes of the 65,536 UTF-16 code units, filled on first use (0xff: not yet known). */
let unitClasses: Uint8Array | undefined

/** The number of UTF-16 code units of the code point at `index` (2 for a surrogate pair). */
export function pointSize(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0xd800 || code > 0xdbff) return 1
  const low = text.charCodeAt(index + 1)
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1
}

/**
 * The class of the code point at `index` of `text`, as `\p{Nd}`, `[\p{L}\p{M}]` and `\s` (with the
 * `u` flag) say: ASCII by range, other code units from a table filled on first use, surrogate pairs
 * by the expressions themselves.
 */
export function classAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return asciiClass(code)
  if (pointSize(text, index) === 2) return classOf(text.slice(index, index + 2))
  unitClasses ??= new Uint8Array(0x10000).fill(0xff)
  let known = unitClasses[code] as number
  if (known === 0xff) unitClasses[code] = known = classOf(String.fromCharCode(code))
  return known
}

/** The class of an ASCII code unit (below 0x80). */
export function asciiClass(code: number): number {
  if (code >= 0x30 && code <= 0x39) return digit
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return letter
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? space : other
}

function classOf(point: string): number {
  if (digitPattern.test(point)) return digit
  if (letterPattern.test(point)) return letter
  return spacePattern.test(point) ? space : other
}
