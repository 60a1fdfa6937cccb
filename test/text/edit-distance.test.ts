import {describe, expect, it} from 'vitest'
import {boundedDistance, editDistance} from '../../src/text/edit-distance.js'

describe('editDistance', () => {
  const cases = [
    {a: 'kitten', b: 'sitting', expected: 3},
    {a: '', b: 'abc', expected: 3},
    {a: 'kazakistan', b: 'kazakhstan', expected: 1},
    {a: 'same', b: 'same', expected: 0}
  ] as const

  for (const {a, b, expected} of cases) {
    it(`counts ${expected} edits from ${JSON.stringify(a)} to ${JSON.stringify(b)}`, () => {
      expect(editDistance(a, b)).toBe(expected)
    })
  }

  it('counts code points when given code points, UTF-16 units when given a string', () => {
    expect(editDistance([...'a😀'], [...'a😁'])).toBe(1)
    expect(editDistance('a😀', 'a😁')).toBe(1)
    expect(editDistance('😀', 'x')).toBe(2)
  })

  it('agrees with the bounded distance within the bound and stops one past it', () => {
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3)
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3)
  })
})
