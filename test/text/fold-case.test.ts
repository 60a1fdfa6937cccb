import {describe, expect, it} from 'vitest'
import {foldCase, isDottedLanguage} from '../../src/text/fold-case.js'

describe('foldCase', () => {
  const cases = [
    {name: 'maps İ to i and I to ı in Turkish', input: 'İŞKUR IRAK', lang: 'tr', expected: 'işkur ırak'},
    {name: 'applies the Turkish rules to a region subtag', input: 'DİĞER', lang: 'tr-TR', expected: 'diğer'},
    {name: 'applies the Turkish rules to Azerbaijani', input: 'BAKI', lang: 'az', expected: 'bakı'},
    {name: 'maps I to i in English', input: 'IRAK', lang: 'en', expected: 'irak'},
    {name: 'lower-cases plainly for und', input: 'WAPES', lang: 'und', expected: 'wapes'},
    {name: 'lower-cases plainly for an invalid tag', input: 'ABC', lang: 'not a tag!', expected: 'abc'},
    {name: 'keeps already lower-case Turkish text', input: 'ılık', lang: 'tr', expected: 'ılık'},
    {name: 'folds Turkish ü, ö, ç, ş, ğ', input: 'ÜÖÇŞĞ', lang: 'tr', expected: 'üöçşğ'}
  ] as const

  for (const {name, input, lang, expected} of cases) {
    it(name, () => {
      expect(foldCase(input, lang)).toStrictEqual(expected)
    })
  }

  it('uses und when no language is given', () => {
    expect(foldCase('IRAK')).toStrictEqual('irak')
  })

  it('keeps the dot of İ as a combining mark outside Turkish', () => {
    expect(foldCase('İ', 'en')).toStrictEqual('i\u0307')
  })
})

describe('foldCase outside Turkish', () => {
  it('gives what the language’s own toLocaleLowerCase gives', () => {
    const text = 'İI ÀÉÎ ÕÜ ΣΑΣ ǅ ẞ Ω K Å ﬀ İSTANBUL'
    for (const lang of ['en', 'en-GB', 'de', 'fr', 'el', 'nl', 'pt-BR', 'lt', 'tr', 'az']) {
      expect(foldCase(text, lang), lang).toStrictEqual(text.toLocaleLowerCase(lang))
    }
  })
})

describe('isDottedLanguage', () => {
  it('is true for Turkish and Azerbaijani, with any region or case', () => {
    expect(['tr', 'TR-tr', 'az_AZ', 'az-Latn'].map(isDottedLanguage)).toStrictEqual([true, true, true, true])
  })

  it('is false for languages without dotless-ı casing in Unicode (crh, tt, kk) and for others', () => {
    expect(['crh', 'tt', 'kk', 'en', 'und', 'trk'].map(isDottedLanguage)).toStrictEqual([false, false, false, false, false, false])
  })
})
