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
