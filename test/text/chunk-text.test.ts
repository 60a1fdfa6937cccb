import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {chunkText} from '../../src/text/chunk-text.js'
import {splitSentences} from '../../src/text/split-sentences.js'
import {tokenize} from '../../src/text/tokenize.js'

describe('chunkText', () => {
  it('keeps a short text in one chunk', () => {
    expect(chunkText('Kısa bir metin.', /\.\s+/gu, 100)).toStrictEqual([{start: 0, end: 15, natural: true}])
  })

  it('cuts after the first natural cut at least size after the chunk start', () => {
    expect(chunkText('aaaa. bbbb. cccc. dddd.', /\.\s+/gu, 8)).toStrictEqual([
      {start: 0, end: 12, natural: true},
      {start: 12, end: 23, natural: true}
    ])
  })

  it('falls back to a forced cut at white space when no natural cut comes within 4 × size', () => {
    expect(chunkText('aaaa bbbb cccc dddd eeee', /\.\s+/gu, 2)).toStrictEqual([
      {start: 0, end: 5, natural: true},
      {start: 5, end: 10, natural: false},
      {start: 10, end: 15, natural: false},
      {start: 15, end: 20, natural: false},
      {start: 20, end: 24, natural: false}
    ])
  })

  it('cuts a run without white space hard at 4 × size', () => {
    expect(chunkText('x'.repeat(50), /\.\s+/gu, 10)).toStrictEqual([
      {start: 0, end: 40, natural: true},
      {start: 40, end: 50, natural: false}
    ])
  })

  it('never cuts a surrogate pair in two', () => {
    // 'a' then 🙂 (two code units) repeated: offset 8 falls between the halves of the third emoji.
    expect(chunkText('a🙂'.repeat(5), /\.\s+/gu, 2)).toStrictEqual([
      {start: 0, end: 7, natural: true},
      {start: 7, end: 15, natural: false}
    ])
  })
})

describe('segmenting long texts in chunks', () => {
  it('splits a long paragraph into the same sentences as its parts', () => {
    const sentence = 'Bu bir cümledir ve devam eder.'
    const sentences = splitSentences(`${sentence} `.repeat(3000), 'tr')
    expect([sentences.length, sentences.every((span) => span.text === sentence)]).toStrictEqual([3000, true])
    expect(sentences[2999]).toStrictEqual({text: sentence, start: 2999 * 31, end: 2999 * 31 + 30})
  })

  it('keeps abbreviations across a chunk cut', () => {
    const text = `${'Bir iki üç dört beş. '.repeat(120)}Dr. Ayşe geldi.`
    expect(splitSentences(text, 'tr').at(-1)?.text).toBe('Dr. Ayşe geldi.')
  })

  it('tokenizes long texts like Intl.Segmenter does on the whole text', () => {
    const word = fc.constantFrom('İŞKUR’un', 'ağ', 'the', 'end.', '12,5', 'x', '(a)')
    const space = fc.constantFrom(' ', '\n', '  ')
    const text = fc.array(fc.tuple(word, space), {minLength: 100, maxLength: 400}).map((parts) => parts.flat().join(''))
    fc.assert(
      fc.property(text, (value) => {
        const reference = [...new Intl.Segmenter('tr', {granularity: 'word'}).segment(value)]
          .filter((segment) => segment.isWordLike)
          .map((segment) => ({text: segment.segment, start: segment.index, end: segment.index + segment.segment.length}))
        expect(tokenize(value, 'tr')).toStrictEqual(reference)
      }),
      {numRuns: 30}
    )
  })
})
