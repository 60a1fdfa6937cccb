import {describe, expect, it} from 'vitest'
import {abjadConsonants, latinConsonants} from '../../src/text/abjad-consonants.js'

describe('latinConsonants and abjadConsonants', () => {
  it.each([
    ['morales', 'موراليس', 'mrl'],
    ['trump', 'ترامب', 'trm'],
    ['hazard', 'هازارد', 'srd'],
    ['sterling', 'استرلينج', 'str'],
    ['charles', 'تشارلز', 'tsr'],
    ['christie', 'كريستي', 'krs'],
    ['london', 'لندن', 'lnd']
  ])('gives %s and the Arabic %s the same consonants', (latin, arabic, consonants) => {
    expect([latinConsonants(latin), abjadConsonants(arabic)]).toStrictEqual([consonants, consonants])
  })

  it('skips the letters Arabic writes for vowels and the short-vowel marks', () => {
    expect(abjadConsonants('غرّد')).toBe('krd')
    expect(abjadConsonants('أوروبا')).toBe('rb')
  })

  it('misses a name Arabic writes with other consonants', () => {
    // Thompson is written تومسون, without the p.
    expect([latinConsonants('thompson'), abjadConsonants('تومسون')]).toStrictEqual(['tmb', 'tms'])
  })
})
