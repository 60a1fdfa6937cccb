import {describe, expect, it} from 'vitest'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'
import {matchAnchors} from '../../src/anchors/match-anchors.js'

/** The pairs of an English text's anchors with those of its translation in `lang`. */
const pairs = (en: string, other: string, lang: string) => matchAnchors(extractAnchors(en, 'en'), extractAnchors(other, lang)).pairs

describe('pairHours', () => {
  it('pairs a time with the number of its hour where the hour words are not read', () => {
    // 04:00 with 4, and Saturday with `субботу` and `السبت` (BST, the source's anchor 1, has no partner).
    expect(pairs('found at about 04:00 BST on Saturday', 'найден около 4 часов утра в субботу', 'ru')).toStrictEqual([[0, 0], [2, 1]])
    expect(pairs('found at about 04:00 BST on Saturday', 'في حوالي الساعة 4 يوم السبت', 'ar')).toStrictEqual([[0, 0], [2, 1]])
  })

  it('reads the minutes after a point, and the hour on the 12-hour clock', () => {
    expect(pairs('was found at 7.55am', 'βρέθηκε στις 7.55 π.μ.', 'el')).toStrictEqual([[0, 0]])
    expect(pairs('the meeting ended at 15:00', 'la riunione è finita alle 3 del pomeriggio', 'it')).toStrictEqual([[0, 0]])
  })

  it('leaves a number that is no reading of the time', () => {
    expect(pairs('found at about 04:00 BST', 'найден около 5 часов утра', 'ru')).toStrictEqual([])
  })
})
