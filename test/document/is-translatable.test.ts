import {describe, expect, it} from 'vitest'
import {isTranslatable} from '../../src/document/is-translatable.js'

describe('isTranslatable', () => {
  const cases = [
    {text: 'info@iskur.gov.tr', expected: false},
    {text: 'Write to info@iskur.gov.tr', expected: true},
    {text: 'a@b.c, x@y.z', expected: false},
    {text: '@handle', expected: true},
    {text: 'user@host', expected: true},
    {text: 'https://www.iskur.gov.tr/ 2021', expected: false},
    {text: '12.5', expected: false}
  ] as const

  for (const {text, expected} of cases) {
    it(`is ${expected} for ${JSON.stringify(text)}`, () => {
      expect(isTranslatable('paragraph', text)).toBe(expected)
    })
  }

  it('is false for code', () => {
    expect(isTranslatable('code', 'Merhaba')).toBe(false)
  })

  it('takes linear time on a long run of @ (the old e-mail regex backtracked polynomially)', () => {
    const started = performance.now()
    expect(isTranslatable('paragraph', 'a' + '@'.repeat(50_000) + 'b')).toBe(true)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
