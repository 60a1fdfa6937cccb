import {describe, expect, it} from 'vitest'
import {primaryLang} from '../../src/text/primary-lang.js'

describe('primaryLang', () => {
  const cases = [
    {input: 'tr-TR', expected: 'tr'},
    {input: 'TR-tr', expected: 'tr'},
    {input: 'en_GB', expected: 'en'},
    {input: 'az-Latn-AZ', expected: 'az'},
    {input: 'und', expected: 'und'},
    {input: '', expected: ''}
  ] as const

  for (const {input, expected} of cases) {
    it(`reads ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () => {
      expect(primaryLang(input)).toBe(expected)
    })
  }
})
