import {describe, expect, it} from 'vitest'
import {scanTokens} from '../../src/anchors/scan-tokens.js'

/** `[text, expected 'kind text' list]`, written by hand from the token rules of `scanTokens`. */
const cases = [
  ['Bakü’de 3 kişi', ['word Bakü’de', 'number 3', 'word kişi']],
  ['1.000,5 and 1,000.5', ['number 1.000,5', 'word and', 'number 1,000.5']],
  ['1.2. ok', ['number 1.2', 'mark .', 'word ok']],
  ['1\u00A0250 €', ['number 1\u00A0250', 'mark €']],
  ['12\u202F345', ['number 12\u202F345']],
  ['3, 4', ['number 3', 'mark ,', 'number 4']],
  ['Arabic-Indic ٣٤', ['word Arabic', 'mark -', 'word Indic', 'number ٣٤']],
  ['𝟙𝟚 apples', ['number 𝟙𝟚', 'word apples']],
  ['e\u0301te', ['word e\u0301te']],
  ['漢字かな', ['word 漢字かな']],
  ['它类似于Google Drive', ['word 它类似于', 'word Google', 'word Drive']],
  ['npmでインストール', ['word npm', 'word でインストール']],
  ['コーヒー', ['word コーヒー']],
  ['ภาษาPython', ['word ภาษา', 'word Python']],
  ['a😀b', ['word a', 'mark 😀', 'word b']],
  ['x\u3000y\u2028z', ['word x', 'word y', 'word z']],
  ['lone \uD800 half', ['word lone', 'mark \uD800', 'word half']],
  ["3.150'si", ["number 3.150'si"]]
] as const

describe('scanTokens', () => {
  it.each(cases)('splits %j into digits, letters and single marks', (text, expected) => {
    expect(scanTokens(text).map((token) => `${token.kind} ${token.text}`)).toStrictEqual(expected)
  })

  it('skips masked ranges and marks the token after one as spaced', () => {
    const text = 'see https://x.org/a now'
    const tokens = scanTokens(text, [[4, 19]])
    expect(tokens.map((token) => [token.text, token.start, token.spaced])).toStrictEqual([
      ['see', 0, false],
      ['now', 20, true]
    ])
  })

  it('keeps an apostrophe suffix apart from the stem', () => {
    expect(scanTokens('İŞKUR’un').map((token) => [token.text, token.stem])).toStrictEqual([['İŞKUR’un', 'İŞKUR']])
  })
})
