/** Letters that carry their mark in the letter itself, so NFD does not split them. */
const specials: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H'
}
const specialLetters = /[ıøØłŁđĐħĦ]/g
const combiningMarks = /\p{M}/gu
const nonAscii = /[^\x00-\x7F]/
const mark = /^\p{M}$/u

/**
 * Code units read one at a time: Latin, Greek and Cyrillic letters (below U+0590) and general
 * punctuation (U+2000-U+206F: quotes, dashes, `’`), none of which composes with the one before
 * it, so a text of these without combining marks folds letter by letter.
 */
const inTable = (code: number) => code < 0x590 || (code >= 0x2000 && code < 0x2070)
/** The folded form of each code unit `inTable`, `null` for a combining mark; filled on first use. */
let table: Array<string | null | undefined> | undefined

/**
 * Removes diacritics for cognate comparison, keeping case: `ü`→`u`, `ö`→`o`,
 * `ç`→`c`, `ş`→`s`, `ğ`→`g`, `ı`→`i`, `İ`→`I`, `â`→`a`, … (NFD, combining
 * marks dropped, then NFC; dotless `ı` and a few stroked letters by table).
 * ASCII text is returned as it is, and Latin, Greek or Cyrillic text without
 * combining marks is folded letter by letter, with the same result.
 *
 * @example
 *   foldDiacritics('Bakü') // => 'Baku'
 *   foldDiacritics('TÜRKİYE’nin') // => 'TURKIYE’nin'
 */
export function foldDiacritics(text: string): string {
  if (typeof text !== 'string') throw new TypeError('foldDiacritics: expected `text` to be a string')
  if (!nonAscii.test(text)) return text
  return foldByTable(text) ?? foldWhole(text)
}

/** Letter by letter, or `undefined` when a code unit is a combining mark or beyond the table. */
function foldByTable(text: string): string | undefined {
  table ??= []
  let folded = ''
  let copied = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) continue
    if (!inTable(code)) return undefined
    let letter = table[code]
    if (letter === undefined) {
      const character = String.fromCharCode(code)
      table[code] = letter = mark.test(character) ? null : foldWhole(character)
    }
    if (letter === null) return undefined
    folded += text.slice(copied, index) + letter
    copied = index + 1
  }
  return copied === 0 ? text : folded + text.slice(copied)
}

function foldWhole(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(specialLetters, (letter) => specials[letter] ?? letter)
    .normalize('NFC')
}
