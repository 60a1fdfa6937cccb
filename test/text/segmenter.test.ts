import {describe, expect, it} from 'vitest'
import {segmenterFor} from '../../src/text/segmenter.js'

describe('segmenterFor', () => {
  it('makes one segmenter per language and granularity and reuses it', () => {
    expect(segmenterFor('tr', 'word')).toBe(segmenterFor('tr', 'word'))
    expect(segmenterFor('tr', 'word')).not.toBe(segmenterFor('tr', 'sentence'))
    expect(segmenterFor('tr', 'sentence').resolvedOptions().granularity).toBe('sentence')
  })

  it('falls back to und for a tag Intl rejects, instead of throwing', () => {
    const segmenter = segmenterFor('not a tag!', 'word')
    expect(segmenter.resolvedOptions().granularity).toBe('word')
    expect([...segmenter.segment('iki kelime')].filter((part) => part.isWordLike).map((part) => part.segment)).toStrictEqual(['iki', 'kelime'])
  })
})
