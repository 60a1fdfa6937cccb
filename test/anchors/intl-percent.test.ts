import {describe, expect, it} from 'vitest'
import {intlPercentWords} from '../../src/anchors/intl-percent.js'

describe('intlPercentWords', () => {
  it('splits a spelled-out unit into its words, after the number', () => {
    expect(intlPercentWords('fr')).toStrictEqual({before: [], after: [['pour', 'cent']]})
  })

  it('puts Turkish yüzde before the number', () => {
    expect(intlPercentWords('tr')).toStrictEqual({before: [['yüzde']], after: []})
  })

  it('keeps every plural form once', () => {
    expect(intlPercentWords('ru').after).toStrictEqual([['процент'], ['процента'], ['процентов']])
  })

  it('leaves out a bare sign and an unknown language', () => {
    expect([intlPercentWords('zh'), intlPercentWords('xx')]).toStrictEqual([
      {before: [], after: []},
      {before: [], after: []}
    ])
  })
})
