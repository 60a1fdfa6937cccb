import {describe, expect, it} from 'vitest'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'
import {unitNamed} from '../../src/anchors/match-unit.js'

const units = (text: string, lang: string) => extractAnchors(text, lang).map((anchor) => [anchor.value, anchor.unit])

describe('withUnit', () => {
  it('reads a Greek or Cyrillic unit word whose last vowel a case ending replaces', () => {
    // `μέτρα`, `χιλιόμετρα` in the genitive plural; the accent moves in the second.
    expect(units('κύματα ύψους 6 μέτρων, περίπου 1,6 χιλιομέτρων από', 'el')).toStrictEqual([
      ['6', 'meter'],
      ['1.6', 'kilometer']
    ])
  })

  it('reads feet and inches as one length in inches, which a translation gives in metres', () => {
    expect(units('The 6-foot-6 forward, 5 feet 10 inches tall', 'en')).toStrictEqual([
      ['78', 'inch'],
      ['70', 'inch']
    ])
    // Inches need a hyphen or their unit; a number of twelve or more is no inches.
    expect(units('6 feet 2 people, a 20-foot-15 gap', 'en')).toStrictEqual([
      ['6', 'foot'],
      ['2', undefined],
      ['20', 'foot'],
      ['15', undefined]
    ])
  })

  it('reads a lone m as a metre only apart from its number and from what follows', () => {
    expect(units('Der 1,98 m große Spieler, 2 м', 'de')).toStrictEqual([
      ['1.98', 'meter'],
      ['2', undefined]
    ])
    // `100m` may be millions, `m²` is an area.
    expect(units('the 100m sprint, 20 m², a 6 m wall', 'en')).toStrictEqual([
      ['100', undefined],
      ['20', undefined],
      ['6', 'meter']
    ])
  })

  it('reads a unit joined by a hyphen, or after the word Intl writes before a scale word', () => {
    expect(units('a 20-degree difference, the 550-pound hog', 'en')).toStrictEqual([
      ['20', 'degree'],
      ['550', 'pound']
    ])
    // Romanian writes `de` after numbers of twenty and more; a range is still a range.
    expect(units('aproape 10 de grade, 5-10 km', 'ro')).toStrictEqual([
      ['10', 'degree'],
      ['5..10', 'kilometer']
    ])
  })

  it('reads a four-letter unit word with a case ending where scale words need five letters', () => {
    // Finnish `kilo` + `isen`, `kilo` + `inen`; Turkish `mil` (a mile) is shorter still and `milli` (national) no unit.
    expect(units('vahvisti 250-kiloisen karjun, lähes 300-kiloinen sika', 'fi')).toStrictEqual([
      ['250', 'kilogram'],
      ['300', 'kilogram']
    ])
    expect(units('5 milli takım', 'tr')).toStrictEqual([['5', undefined]])
  })

  it('does not take a Latin-script word along by the stem of a unit word', () => {
    // French `mètre` without its `e` starts `métros` (underground trains); English `metric` is no `metre` either.
    expect(units('Il a pris 5 métros', 'fr')).toStrictEqual([['5', undefined]])
    expect(units('5 metric tons', 'en')).toStrictEqual([['5', undefined]])
  })
})

describe('unitNamed', () => {
  it('names the unit of a word with no number, whole or with a case ending', () => {
    expect(['mile', 'meter', 'metern', 'μετρων', 'kilometria', 'metreye'].map((word, index) => unitNamed(word, ['en', 'de', 'de', 'el', 'fi', 'tr'][index] as string))).toStrictEqual([
      'mile',
      'meter',
      'meter',
      'meter',
      'kilometer',
      'meter'
    ])
  })

  it('leaves out words of fewer than four letters, which are other words or symbols', () => {
    expect(['in', 'ft', 'km', 'mil'].map((word) => unitNamed(word, 'en'))).toStrictEqual([undefined, undefined, undefined, undefined])
  })
})
