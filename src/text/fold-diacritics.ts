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

/**
 * Removes diacritics for cognate comparison, keeping case: `ü`→`u`, `ö`→`o`,
 * `ç`→`c`, `ş`→`s`, `ğ`→`g`, `ı`→`i`, `İ`→`I`, `â`→`a`, … (NFD, combining
 * marks dropped, then NFC; dotless `ı` and a few stroked letters by table).
 *
 * @example
 *   foldDiacritics('Bakü') // => 'Baku'
 *   foldDiacritics('TÜRKİYE’nin') // => 'TURKIYE’nin'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(specialLetters, (letter) => specials[letter] ?? letter)
    .normalize('NFC')
}
