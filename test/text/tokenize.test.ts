import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/text/tokenize.js'

describe('tokenize', () => {
  const cases = [
    {
      name: 'keeps an apostrophe suffix in the word',
      input: 'İŞKUR’un üyesi',
      expected: [
        {text: 'İŞKUR’un', start: 0, end: 8},
        {text: 'üyesi', start: 9, end: 14}
      ]
    },
    {
      name: 'keeps a number with separators whole',
      input: '1.000,5 TL',
      expected: [
        {text: '1.000,5', start: 0, end: 7},
        {text: 'TL', start: 8, end: 10}
      ]
    },
    {
      name: 'keeps a year range whole',
      input: 'in 2015-2018.',
      expected: [
        {text: 'in', start: 0, end: 2},
        {text: '2015-2018', start: 3, end: 12}
      ]
    },
    {
      name: 'keeps a day range with an en dash whole',
      input: '25–26 Nisan',
      expected: [
        {text: '25–26', start: 0, end: 5},
        {text: 'Nisan', start: 6, end: 11}
      ]
    },
    {
      name: 'splits hyphenated words',
      input: 'OIC-PESNET',
      expected: [
        {text: 'OIC', start: 0, end: 3},
        {text: 'PESNET', start: 4, end: 10}
      ]
    },
    {
      name: 'does not join numbers around a spaced dash',
      input: '5 - 6',
      expected: [
        {text: '5', start: 0, end: 1},
        {text: '6', start: 4, end: 5}
      ]
    },
    {
      name: 'drops punctuation and quotes',
      input: '“Hedef Grup”, (WAPES)!',
      expected: [
        {text: 'Hedef', start: 1, end: 6},
        {text: 'Grup', start: 7, end: 11},
        {text: 'WAPES', start: 15, end: 20}
      ]
    },
    {name: 'returns nothing for an empty string', input: '', expected: []}
  ] as const

  for (const {name, input, expected} of cases) {
    it(name, () => {
      expect(tokenize(input, 'tr')).toStrictEqual(expected)
    })
  }

  it('falls back to und for an invalid language tag', () => {
    expect(tokenize('a b', 'not a tag!')).toStrictEqual([
      {text: 'a', start: 0, end: 1},
      {text: 'b', start: 2, end: 3}
    ])
  })

  it('gives offsets that slice back to each token', () => {
    const text = 'WAPES, 18 Ekim 1988 tarihinde Cenevre’de kurulmuş.'
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toStrictEqual(token.text)
  })
})
