import {describe, expect, it} from 'vitest'
import {isInflected} from '../../src/anchors/inflected.js'

describe('isInflected', () => {
  it.each([
    ['milyonluk', 'milyon', 'tr'],
    ['milyara', 'milyar', 'tr'],
    ['miljoonan', 'miljoona', 'fi'],
    ['milliárdos', 'milliárd', 'hu'],
    ['százalékkal', 'százalék', 'hu']
  ])('reads %s as %s with a case ending (%s)', (word, stem, lang) => {
    expect(isInflected(word, stem, lang)).toBe(true)
  })

  it('refuses an ending against the vowel harmony: milyoner is a millionaire', () => {
    expect([isInflected('milyoner', 'milyon', 'tr'), isInflected('milyarder', 'milyar', 'tr')]).toStrictEqual([false, false])
  })

  it('leaves short stems, long endings and languages without case endings alone', () => {
    expect([isInflected('binada', 'bin', 'tr'), isInflected('milyonlarından', 'milyon', 'tr'), isInflected('millionaire', 'million', 'en')]).toStrictEqual([false, false, false])
  })
})
