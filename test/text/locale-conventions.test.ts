import {describe, expect, it} from 'vitest'
import {localeConventions} from '../../src/text/locale-conventions.js'

// Separators checked by hand against CLDR's number symbols (Node 20's ICU):
// de-CH writes 1'234'567.5, es-MX 1,234,567.5, en-ZA 1 234 567,5 (no-break space), fr 1 234 567,5 (narrow no-break space).
describe('localeConventions', () => {
  const cases = [
    {lang: 'tr', expected: {decimal: ',', group: '.', monthFirst: false}},
    {lang: 'tr-TR', expected: {decimal: ',', group: '.', monthFirst: false}},
    {lang: 'de', expected: {decimal: ',', group: '.', monthFirst: false}},
    {lang: 'de-CH', expected: {decimal: '.', group: "'", monthFirst: false}},
    {lang: 'es', expected: {decimal: ',', group: '.', monthFirst: false}},
    {lang: 'es-MX', expected: {decimal: '.', group: ',', monthFirst: false}},
    {lang: 'en', expected: {decimal: '.', group: ',', monthFirst: true}},
    {lang: 'en-GB', expected: {decimal: '.', group: ',', monthFirst: false}},
    {lang: 'en_GB', expected: {decimal: '.', group: ',', monthFirst: false}},
    {lang: 'en-ZA', expected: {decimal: ',', group: '\u00A0', monthFirst: false}},
    {lang: 'fr', expected: {decimal: ',', group: '\u202F', monthFirst: false}}
  ] as const

  for (const {lang, expected} of cases) {
    it(`reads ${lang}'s decimal ${JSON.stringify(expected.decimal)} and group ${JSON.stringify(expected.group)}`, () => {
      expect(localeConventions(lang)).toStrictEqual(expected)
    })
  }

  it('gives neutral conventions for und, an unknown language and an invalid tag, not the runtime locale', () => {
    const neutral = {decimal: '.', group: ',', monthFirst: false}
    expect(localeConventions('und')).toStrictEqual(neutral)
    expect(localeConventions('qq')).toStrictEqual(neutral)
    expect(localeConventions('not a tag!')).toStrictEqual(neutral)
  })

  it('follows old aliases to their language (iw is Hebrew, in is Indonesian)', () => {
    expect(localeConventions('in').decimal).toBe(',')
    expect(localeConventions('iw').decimal).toBe('.')
  })
})
