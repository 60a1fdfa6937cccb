import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalizeText} from '../../src/text/normalize-text.js'

describe('normalizeText', () => {
  const cases = [
    {name: 'turns curly apostrophes into ASCII', input: 'İŞKUR’un', expected: "İŞKUR'un"},
    {name: 'turns left single quotes into ASCII', input: '‘a’', expected: "'a'"},
    {name: 'turns curly double quotes into ASCII', input: '“Hedef Grup”', expected: '"Hedef Grup"'},
    {name: 'turns guillemets into double quotes', input: '«oui»', expected: '"oui"'},
    {name: 'turns en dashes into hyphens', input: 'OECD – LEED', expected: 'OECD - LEED'},
    {name: 'turns em dashes into hyphens', input: 'a—b', expected: 'a-b'},
    {name: 'turns figure dashes into hyphens', input: '2015‒2018', expected: '2015-2018'},
    {name: 'turns the minus sign into a hyphen', input: '−5', expected: '-5'},
    {name: 'turns NBSP into a space and trims', input: '\u00A0 So as', expected: 'So as'},
    {name: 'collapses runs of white space', input: 'a \t\n\u2009 b', expected: 'a b'},
    {name: 'drops zero-width characters', input: 'a\u200Bb\uFEFF', expected: 'ab'},
    {name: 'composes to NFC', input: 'Bak\u0075\u0308', expected: 'Bakü'},
    {name: 'keeps an empty string empty', input: '', expected: ''},
    {name: 'keeps white space only as empty', input: ' \u00A0 ', expected: ''}
  ] as const

  for (const {name, input, expected} of cases) {
    it(name, () => {
      expect(normalizeText(input)).toStrictEqual(expected)
    })
  }
})

describe('normalizeText on text it leaves alone', () => {
  /** Every replacement, always applied: the function skips them only when none would change anything. */
  const everyPass = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u2039\u203A]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  const characters = fc.constantFrom('a', 'İ', ' ', '  ', '\t', '\n', '\u00A0', '’', '“', '«', '–', '−', '\u200B', '\uFEFF', 'u\u0308', '\u2028', '\u3000')

  it('gives what applying every replacement gives', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: characters, maxLength: 12}), fc.string({unit: 'grapheme', maxLength: 20})), (text) => {
        expect(normalizeText(text)).toStrictEqual(everyPass(text))
      }),
      {numRuns: 2000}
    )
  })
})
