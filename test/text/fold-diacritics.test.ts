import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {foldDiacritics} from '../../src/text/fold-diacritics.js'

describe('foldDiacritics', () => {
  const cases = [
    {input: 'Bakü', expected: 'Baku'},
    {input: 'Türkiye', expected: 'Turkiye'},
    {input: 'İŞKUR', expected: 'ISKUR'},
    {input: 'ığüşöç', expected: 'igusoc'},
    {input: 'ĞÜŞÖÇ', expected: 'GUSOC'},
    {input: 'kâtip', expected: 'katip'},
    {input: 'Gdańsk Łódź', expected: 'Gdansk Lodz'},
    {input: 'København', expected: 'Kobenhavn'},
    {input: 'Cenevre’de', expected: 'Cenevre’de'},
    {input: 'résumé', expected: 'resume'},
    {input: '', expected: ''}
  ] as const

  for (const {input, expected} of cases) {
    it(`folds ${JSON.stringify(input)} to ${JSON.stringify(expected)}`, () => {
      expect(foldDiacritics(input)).toStrictEqual(expected)
    })
  }

  it('folds decomposed input the same as composed input', () => {
    expect(foldDiacritics('Baku\u0308')).toStrictEqual('Baku')
  })
})

/** The definition: NFD, combining marks dropped, the stroked letters by table, NFC. */
function reference(text: string): string {
  const specials: Record<string, string> = {ı: 'i', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H'}
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıøØłŁđĐħĦ]/g, (letter) => specials[letter] ?? letter)
    .normalize('NFC')
}

describe('foldDiacritics letter by letter', () => {
  /** Code points from the ranges folded letter by letter and their edges; marks, other scripts, and sequences NFC composes. */
  const pieces = fc.oneof(
    fc.integer({min: 0x20, max: 0x7e}).map((code) => String.fromCodePoint(code)),
    fc.integer({min: 0x80, max: 0x5ff}).map((code) => String.fromCodePoint(code)),
    fc.integer({min: 0x1e00, max: 0x20ff}).map((code) => String.fromCodePoint(code)),
    fc.constantFrom('\u0300', '\u0301', '\u0308', '\u0327', '\u0483', '\u4e2d', '\u3042', '\u{1f600}', '\ufb01', '\u212b'),
    fc.constantFrom('e\u0301', 'ı\u0307', 'I\u0307', '\u1100\u1161', '\u1100\u1161\u11a8', 'ᄀ', '\u0915\u093c', '\u05d1\u05bc')
  )

  it('gives what NFD, dropping marks and NFC give, on any text', () => {
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 16}), (parts) => {
        const text = parts.join('')
        expect(foldDiacritics(text)).toStrictEqual(reference(text))
      }),
      {numRuns: 3000}
    )
  })

  it('folds Turkish with apostrophes and quotes letter by letter as the definition does', () => {
    const text = '“İŞKUR’un Bakü’deki” — ığüşöç ĞÜŞÖÇ kâtip'
    expect(foldDiacritics(text)).toStrictEqual(reference(text))
  })
})
