/**
 * Classes of a code point for `scanTokens`: other (any non-space), decimal digit, letter, white
 * space, a letter or mark of a script written without spaces, a combining mark of another script.
 */
const other = 0
export const digit = 1
export const letter = 2
export const space = 3
export const unspaced = 4
export const mark = 5

const digitPattern = /^\p{Nd}$/u
/**
 * Han, kana, Thai, Lao, Khmer and Myanmar are written without spaces between words, so a Latin
 * name or a code word often touches them (`它类似于Google`, `npmでインストール`): a run of their letters
 * is a word of its own. Script extensions, so that `ー` and the kana voicing marks stay inside.
 */
const unspacedPattern = /^(?=[\p{L}\p{M}])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u
const markPattern = /^\p{M}$/u
const letterPattern = /^\p{L}$/u
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
 * The class of the code point at `index` of `text`, as `\p{Nd}`, the scripts written without spaces,
 * `\p{M}`, `\p{L}` and `\s` (with the `u` flag) say: ASCII by range, other code units from a table
 * filled on first use, surrogate pairs by the expressions themselves.
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

/** Whether the code point at `index` of `text` is a letter of a script written without spaces (Han, kana, Thai …). */
export function unspacedAt(text: string, index: number): boolean {
  return classAt(text, index) === unspaced
}

/** The class of an ASCII code unit (below 0x80). */
export function asciiClass(code: number): number {
  if (code >= 0x30 && code <= 0x39) return digit
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return letter
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? space : other
}

function classOf(point: string): number {
  if (digitPattern.test(point)) return digit
  if (unspacedPattern.test(point)) return unspaced
  if (markPattern.test(point)) return mark
  if (letterPattern.test(point)) return letter
  return spacePattern.test(point) ? space : other
}
