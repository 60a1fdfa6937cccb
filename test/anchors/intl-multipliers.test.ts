import {describe, expect, it} from 'vitest'
import {intlMultipliers, intlScaleWords} from '../../src/anchors/intl-multipliers.js'

describe('intlMultipliers', () => {
  it('reads the long and short words of German as powers of ten, without their dots', () => {
    const german = intlMultipliers('de')
    expect([german.get('tausend'), german.get('millionen'), german.get('milliarden'), german.get('mrd'), german.get('mio')]).toStrictEqual([3, 6, 9, 9, 6])
  })

  it('gives Chinese and Japanese their own myriads', () => {
    expect([...intlMultipliers('zh')]).toStrictEqual([
      ['万', 4],
      ['亿', 8],
      ['万亿', 12]
    ])
    expect(intlMultipliers('ja').get('億')).toBe(8)
  })

  it('leaves out one-letter forms that are also units, and one-letter trillions', () => {
    const english = intlMultipliers('en')
    expect([...english.keys()]).toStrictEqual(['thousand', 'million', 'billion', 'trillion'])
    const korean = intlMultipliers('ko')
    expect([korean.get('만'), korean.has('조')]).toStrictEqual([4, false])
  })

  it('is empty for a language ICU does not know', () => {
    expect(intlMultipliers('xx').size).toBe(0)
  })
})

describe('intlScaleWords', () => {
  it('finds the word Romanian and Catalan write before a scale word, and none in English or Spanish', () => {
    const joins = (lang: string) => [...intlScaleWords(lang).joins]
    expect([joins('ro'), joins('ca'), joins('en'), joins('es')]).toStrictEqual([['de'], ['de'], [], []])
  })
})
