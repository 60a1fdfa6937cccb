import {describe, expect, it} from 'vitest'
import {intlHourWords} from '../../src/anchors/intl-hours.js'

describe('intlHourWords', () => {
  it.each([
    ['de', {after: ['uhr'], pm: [], am: []}],
    ['fr', {after: ['h'], pm: [], am: []}],
    ['zh', {after: ['时'], pm: ['下午'], am: ['上午']}],
    ['ja', {after: ['時'], pm: ['午後'], am: ['午前']}]
  ])('reads the hour word of %s and its Han day periods', (lang, expected) => {
    expect(intlHourWords(lang)).toStrictEqual(expected)
  })

  it('keeps no Latin day period (Turkish ÖS is also a word) and nothing for English or an unknown language', () => {
    expect([intlHourWords('tr'), intlHourWords('en'), intlHourWords('xx')]).toStrictEqual([
      {after: [], pm: [], am: []},
      {after: [], pm: [], am: []},
      {after: [], pm: [], am: []}
    ])
  })
})
