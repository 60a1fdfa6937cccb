import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {IntList} from '../../src/memory/int-list.js'
import {matchTokens} from '../../src/memory/match-tokens.js'
import {TokenVocabulary} from '../../src/memory/token-vocabulary.js'

const idsOf = (vocabulary: TokenVocabulary, text: string, lang: string, primary = lang) => {
  const ids = new IntList()
  vocabulary.add(text, lang, primary, ids)
  return Array.from(ids.array.subarray(0, ids.length))
}

describe('TokenVocabulary', () => {
  it('numbers the match tokens of a text in order of first sight', () => {
    const vocabulary = new TokenVocabulary()
    expect(idsOf(vocabulary, 'İŞKUR’un planı, işkur’un PLANI', 'tr')).toStrictEqual([0, 1, 2, 0, 1, 2])
    expect([0, 1, 2].map((id) => vocabulary.text(id))).toStrictEqual(['işkur', 'un', 'planı'])
  })

  it('keeps the same word of two languages apart', () => {
    const vocabulary = new TokenVocabulary()
    expect(idsOf(vocabulary, 'program 2015', 'en')).toStrictEqual([0, 1])
    expect(idsOf(vocabulary, 'program 2015', 'tr')).toStrictEqual([2, 3])
    expect([vocabulary.lang(0), vocabulary.lang(2), vocabulary.size]).toStrictEqual(['en', 'tr', 4])
  })

  it('gives tag placeholders no token: tags are not words', () => {
    const vocabulary = new TokenVocabulary()
    expect(idsOf(vocabulary, '\uE000Save\uE001 now\uE002', 'en')).toStrictEqual([0, 1])
    expect(vocabulary.text(0)).toBe('save')
  })

  it('reads the tokens matchTokens reads, and the same token always as the same id (property)', () => {
    const words = fc.constantFrom('ev', 'Ev', 'EV', 'ırmak', 'IRMAK', 'İstanbul', '1.000,5', '2015', '\uE003', '𝐀𝐁', 'ab', 'ba', 'a\u0301', 'á')
    const text = fc.array(fc.oneof(words, fc.string({maxLength: 6})), {maxLength: 12}).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.constantFrom('en', 'tr')), {maxLength: 30}), (texts) => {
        const vocabulary = new TokenVocabulary()
        const seen = new Map<string, number>()
        for (const [value, lang] of texts) {
          const ids = idsOf(vocabulary, value, lang)
          expect(ids.map((id) => vocabulary.text(id))).toStrictEqual(matchTokens(value, lang))
          for (const id of ids) {
            const key = `${lang} ${vocabulary.text(id)}`
            expect(seen.get(key) ?? id).toBe(id)
            seen.set(key, id)
          }
        }
        expect(vocabulary.size).toBe(seen.size)
      }),
      {numRuns: 300}
    )
  })

  it('grows past its first table without losing a token', () => {
    const vocabulary = new TokenVocabulary()
    const text = Array.from({length: 20_000}, (_, index) => `w${index}`).join(' ')
    const first = idsOf(vocabulary, text, 'en')
    expect(idsOf(vocabulary, text, 'en')).toStrictEqual(first)
    expect(new Set(first).size).toBe(20_000)
  })
})
