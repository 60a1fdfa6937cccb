import {describe, expect, it} from 'vitest'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'
import {replacesLastVowel} from '../../src/anchors/inflected.js'

const values = (text: string, lang: string) => extractAnchors(text, lang).map((anchor) => anchor.value)

describe('scaledNumber', () => {
  it('reads a Greek scale word with a changed ending, cut short before a dot, or as δις', () => {
    // `εκατομμύρια` in the genitive plural (the accent moves), `εκατ.` and `δις` as Greek news writes them.
    expect(values('συμφωνία 11 εκατομμυρίων £, έναντι 125 εκατ. £, σε 2,8 δις £', 'el')).toStrictEqual(['11000000', '125000000', '2800000000'])
  })

  it('does not take a word of three letters before a dot for a scale word cut short', () => {
    // Turkish `mil` is a mile: `milyon` cut to three letters is not read.
    expect(values('Ankara 5 mil. uzakta', 'tr')).toStrictEqual(['5'])
  })
})

describe('replacesLastVowel', () => {
  it('takes a Greek or Cyrillic word whose last vowel an ending replaces', () => {
    expect([replacesLastVowel('μετρων', 'μετρα'), replacesLastVowel('миллиона', 'миллионы')]).toStrictEqual([true, true])
  })

  it('leaves Latin-script words and the word itself alone', () => {
    expect([replacesLastVowel('metros', 'metre'), replacesLastVowel('μετρα', 'μετρα')]).toStrictEqual([false, false])
  })
})
