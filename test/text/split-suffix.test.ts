import {describe, expect, it} from 'vitest'
import {splitSuffix} from '../../src/text/split-suffix.js'

describe('splitSuffix', () => {
  const cases = [
    {input: 'İŞKUR’un', expected: {stem: 'İŞKUR', suffix: 'un'}},
    {input: "İŞKUR'un", expected: {stem: 'İŞKUR', suffix: 'un'}},
    {input: 'Türkiye’nin', expected: {stem: 'Türkiye', suffix: 'nin'}},
    {input: 'Avrupa’daki', expected: {stem: 'Avrupa', suffix: 'daki'}},
    {input: "2013'te", expected: {stem: '2013', suffix: 'te'}},
    {input: 'WAPES', expected: {stem: 'WAPES', suffix: ''}},
    {input: "O'Brien", expected: {stem: "O'Brien", suffix: ''}},
    {input: "İŞKUR'", expected: {stem: "İŞKUR'", suffix: ''}},
    {input: "'un", expected: {stem: "'un", suffix: ''}},
    {input: '', expected: {stem: '', suffix: ''}}
  ] as const

  for (const {input, expected} of cases) {
    it(`splits ${JSON.stringify(input)}`, () => {
      expect(splitSuffix(input)).toStrictEqual(expected)
    })
  }
})
