import {describe, expect, it} from 'vitest'
import {collectText, sourceOffset} from '../../src/document/collect-text.js'

describe('collectText', () => {
  it('keeps one piece while the text-to-source shift stays the same (line breaks become spaces)', () => {
    const collected = collectText([{value: 'one two\nthree', offset: 4}])
    expect(collected).toStrictEqual({text: 'one two three', pieces: [{text: 0, source: 4}]})
    expect(sourceOffset(collected.pieces, 9)).toBe(13) // the `h` of `three`
  })

  it('starts a piece where collapsed white space or NFC changes the shift', () => {
    // `cafe\u0301` (5 code units) becomes `café` (4); the double space becomes one.
    expect(collectText([{value: 'cafe\u0301 au  lait', offset: 10}])).toStrictEqual({
      text: 'café au lait',
      pieces: [
        {text: 0, source: 10},
        {text: 5, source: 16},
        {text: 8, source: 20}
      ]
    })
  })

  it('joins chunks without a space unless one has white space there', () => {
    const chunks = [
      {value: 'foo', offset: 0},
      {value: 'bar ', offset: 5},
      {value: 'baz', offset: 20}
    ]
    expect(collectText(chunks)).toStrictEqual({
      text: 'foobar baz',
      pieces: [
        {text: 0, source: 0},
        {text: 3, source: 5},
        {text: 7, source: 20}
      ]
    })
  })

  it('gives empty text and no pieces for white space only', () => {
    expect(collectText([{value: ' \n\u00a0 ', offset: 0}])).toStrictEqual({text: '', pieces: []})
  })
})
