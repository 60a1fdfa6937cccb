import {describe, expect, it} from 'vitest'
import {boundedDistance} from '../../src/text/edit-distance.js'
import {lengthWindow, maxDistance, penalty, resolveFuzzyOptions, similarity} from '../../src/memory/fuzzy-score.js'
import {matchTokens} from '../../src/memory/match-tokens.js'
import {requiredCommon, selectTokens} from '../../src/memory/prefix-tokens.js'

describe('fuzzy score arithmetic', () => {
  it('allows 3 edits in 10 tokens at 70 (70.0) but 2 in 9 (3 would give 66.7)', () => {
    expect([maxDistance(10, 70), maxDistance(9, 70), similarity(3, 10), similarity(0, 0)]).toStrictEqual([3, 2, 70, 100])
  })

  it('keeps candidates of 7 to 14 tokens for a 10-token query at 70, sharing at least 7', () => {
    expect(lengthWindow(10, 70)).toStrictEqual([7, 14])
    expect(requiredCommon(10, 70)).toBe(7)
  })

  it('stops the edit distance as soon as it exceeds the bound', () => {
    expect(boundedDistance(['a', 'b', 'c'], ['a', 'x', 'c', 'd'], 5)).toBe(2)
    expect(boundedDistance(['a', 'b', 'c'], ['x', 'y', 'z'], 1)).toBe(2)
    expect(boundedDistance(['a'], ['a', 'b', 'c', 'd'], 2)).toBe(3)
  })

  it('tokenises with Turkish case folding, and tags are not words', () => {
    expect(matchTokens('İŞKUR’un 1.000,5 TL \uE000bütçesi\uE001', 'tr')).toStrictEqual(['işkur', 'un', '1.000,5', 'tl', 'bütçesi'])
    expect(matchTokens('ISTANBUL', 'en')).toStrictEqual(['istanbul'])
    expect(matchTokens('ISTANBUL', 'tr')).toStrictEqual(['ıstanbul'])
  })

  it('takes points off for different numbers, tags and formatting', () => {
    const options = resolveFuzzyOptions({})
    const side = (text: string) => ({text, tokens: matchTokens(text, 'en')})
    expect(penalty(side('Pay 5 euros'), side('Pay 6 euros'), options)).toBe(5)
    expect(penalty(side('Press \uE000OK'), side('Press OK'), options)).toBe(1)
    expect(penalty(side('Press \uE000OK\uE001'), side('Press OK'), options)).toBe(2)
    expect(penalty(side('\uE000Press\uE001 \uE002OK\uE003\uE004'), side('Press OK'), options)).toBe(2)
    expect(penalty(side('Press \uE000OK\uE001'), side('Press \uE000OK\uE001'), options)).toBe(0)
    expect(penalty(side('press ok'), side('Press OK!'), options)).toBe(1)
    expect(penalty(side('Press  OK'), side('Press OK'), resolveFuzzyOptions({formatPenalty: 0}))).toBe(0)
  })
})

describe('selectTokens', () => {
  const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']
  const frequency = (key: string) => 100 * (keys.indexOf(key) + 1)

  it('reads the n − need + 1 rarest tokens, any one of which every candidate contains', () => {
    expect(selectTokens(keys, frequency, 70, false)).toStrictEqual({
      tokens: ['a', 'b', 'c', 'd'].map((key) => ({key, weight: 1})),
      minimum: 1
    })
  })

  it('adds rare tokens within twice the postings and raises the minimum by one per token', () => {
    // 4 tokens cost 1,000 postings; the budget is 2,100: e (1,500) and f (2,100) fit, g (2,800) does not.
    expect(selectTokens(keys, frequency, 70, true)).toStrictEqual({
      tokens: ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({key, weight: 1})),
      minimum: 3
    })
  })

  it('weighs a repeated token by its occurrences', () => {
    expect(selectTokens(['x', 'x', 'y'], (key) => (key === 'x' ? 1 : 50), 100, false)).toStrictEqual({tokens: [{key: 'x', weight: 1}], minimum: 1})
    expect(selectTokens(['x', 'x', 'y'], (key) => (key === 'x' ? 1 : 50), 60, true)).toStrictEqual({
      tokens: [{key: 'x', weight: 2}, {key: 'y', weight: 1}],
      minimum: 2
    })
  })
})
