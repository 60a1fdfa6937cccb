import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/text/detect-language.js'

describe('detectLanguage', () => {
  const cases = [
    {input: 'DİĞER FAALİYETLERİMİZ', expected: 'tr'},
    {input: 'DÜNYA KAMU İSTİHDAM KURUMLARI BİRLİĞİ (WAPES)', expected: 'tr'},
    {input: 'TÜRK CUMHURİYETLERİ KAMU İSTİHDAM KURUMLARI İLİŞKİLERİ', expected: 'tr'},
    {input: 'Turkic Public Employment Services Network', expected: 'en'},
    {input: 'International Relations', expected: 'en'},
    {input: 'On İki Faktör', expected: 'tr'},
    {input: 'Adım 2: React’te Statik Versiyonunu Oluşturun', expected: 'tr'},
    {input: 'İŞKUR joined the Association in 2003, representing Türkiye.', expected: 'en'},
    {input: 'Introduction', expected: 'en'}
  ] as const

  it.each(cases)('labels $input as $expected', ({input, expected}) => {
    expect(detectLanguage(input).lang).toBe(expected)
  })

  it('returns und with confidence 0 for text shorter than minLength letters', () => {
    expect(detectLanguage('Giriş')).toStrictEqual({lang: 'und', confidence: 0})
    expect(detectLanguage('2015-2018 12.000')).toStrictEqual({lang: 'und', confidence: 0})
  })

  it('honours a smaller minLength', () => {
    expect(detectLanguage('Çalışma', {minLength: 5}).lang).toBe('tr')
  })

  it('returns und for a script none of the candidates use', () => {
    expect(detectLanguage('Это предложение написано по-русски.')).toStrictEqual({lang: 'und', confidence: 0})
  })

  it('takes other candidate languages, as BCP 47 or ISO 639-3 codes', () => {
    expect(detectLanguage('Это предложение написано по-русски.', {languages: ['tr', 'en', 'ru']}).lang).toBe('ru')
    expect(detectLanguage('Dies ist ein Satz auf Deutsch geschrieben.', {languages: ['eng', 'deu']}).lang).toBe('de')
  })

  it('returns und when no candidate is known to franc', () => {
    expect(detectLanguage('Some English words here.', {languages: ['xx']})).toStrictEqual({lang: 'und', confidence: 0})
  })

  it('gives a confidence between 0 and 1', () => {
    const {confidence} = detectLanguage('This is clearly an English sentence about employment services.')
    expect(confidence).toBeGreaterThan(0)
    expect(confidence).toBeLessThanOrEqual(1)
  })

  it('gives confidence 1 when there is a single candidate', () => {
    expect(detectLanguage('This is an English sentence.', {languages: ['en']})).toStrictEqual({lang: 'en', confidence: 1})
  })
})
