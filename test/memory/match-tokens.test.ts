import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isNumberToken, matchTokens} from '../../src/memory/match-tokens.js'
import {foldCase} from '../../src/text/fold-case.js'

/** Letters of the scripts written without spaces between words. */
const unspaced = String.raw`(?=\p{L})[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]`
/** The tokenizer's definition, as a regular expression: the scanner must give the same tokens. */
const definition = new RegExp(String.raw`\p{Nd}+(?:[.,]\p{Nd}+)*|${unspaced}\p{M}*|(?:(?!${unspaced})[\p{L}\p{M}\p{Nd}])+`, 'gu')
const byDefinition = (text: string, lang: string) =>
  foldCase(text.normalize('NFC'), lang).match(definition) ?? []

/** Characters that stress the scanner: separators, digits of other scripts, marks, astral letters and digits, tags, lone surrogates. */
const tricky = fc.constantFrom(
  '1', '2', '.', ',', ' ', 'a', 'Z', 'İ', 'I', 'ş', 'ğ', '\u0301', '٣', '৫', '𝟙', '𐐀', '𝐀', '😀', '\uE000', '\uE001', '\uF8FF',
  '\uD800', '\uDC00', '-', '’', '\u00A0', 'Ⅻ', '²', '_', '不', '满', 'の', 'ア', 'ー', '々', '\u3099', 'ก', '\u0E31', 'ำ', '𠀋', '𛀁'
)
const texts = fc.oneof(fc.string({unit: tricky, maxLength: 40}), fc.string({unit: 'grapheme', maxLength: 40}), fc.string({unit: 'binary', maxLength: 40}))

describe('matchTokens', () => {
  it('gives the tokens of its regular-expression definition on any text', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('en', 'tr', 'und', 'az-AZ'), (text, lang) => {
        expect(matchTokens(text, lang)).toStrictEqual(byDefinition(text, lang))
      }),
      {numRuns: 2000}
    )
  })

  it('keeps a number with its separators as one token and splits a number from the letters after it', () => {
    expect(matchTokens('1.000,5 TL, 3.x and 2015abc or abc2015.', 'en')).toStrictEqual(['1.000,5', 'tl', '3', 'x', 'and', '2015', 'abc', 'or', 'abc2015'])
  })

  it('reads astral letters and digits as one character each', () => {
    expect(matchTokens('𝐀𝐁 𝟙𝟚.𝟛', 'en')).toStrictEqual(['𝐀𝐁', '𝟙𝟚.𝟛'])
  })

  it('makes each letter of a script written without spaces a token, with its combining marks', () => {
    expect(matchTokens('他们不太满意。', 'zh')).toStrictEqual(['他', '们', '不', '太', '满', '意'])
    expect(matchTokens('npmでインストール', 'ja')).toStrictEqual(['npm', 'で', 'イ', 'ン', 'ス', 'ト', 'ー', 'ル'])
    expect(matchTokens('第3章Google', 'zh')).toStrictEqual(['第', '3', '章', 'google'])
    expect(matchTokens('กิน', 'th')).toStrictEqual(['กิ', 'น'])
  })

  it('tells numbers from words', () => {
    expect([isNumberToken('2015'), isNumberToken('٣'), isNumberToken('𝟙'), isNumberToken('a1'), isNumberToken('')]).toStrictEqual([true, true, true, false, false])
  })
})
