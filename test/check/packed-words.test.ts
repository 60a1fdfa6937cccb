import {describe, expect, it} from 'vitest'
import {blockWords, readDocumentAnchors} from '../../src/check/block-anchors.js'
import {packWords, unpackWords} from '../../src/check/packed-words.js'
import {parseDocument} from '../../src/document/parse-document.js'

describe('packWords', () => {
  const cases = [
    {words: [], packed: ''},
    {words: [''], packed: '\u0000'},
    {words: ['ankara', ''], packed: '\u0000ankara\u0000'},
    {words: ['oic', 'i̇i̇t', '2024'], packed: '\u0000oic\u0000i̇i̇t\u00002024'}
  ] as const

  it.each(cases)('packs $words into one string and unpacks it to the same words', ({words, packed}) => {
    expect(packWords(words)).toBe(packed)
    expect(unpackWords(packWords(words))).toStrictEqual([...words])
  })

  it('keeps words that hold a NUL as an array, and unpacks them to the same words', () => {
    expect(packWords(['a\u0000b', 'c'])).toStrictEqual(['a\u0000b', 'c'])
    expect(unpackWords(packWords(['a\u0000b', 'c']))).toStrictEqual(['a\u0000b', 'c'])
  })

  it('unpacks a missing block as no words', () => {
    expect(unpackWords(undefined)).toStrictEqual([])
  })
})

describe('readDocumentAnchors', () => {
  it('gives each block its folded words in order, folded as names are (diacritics dropped)', () => {
    const document = parseDocument('# İSTANBUL Sözleşmesi\n\nNATO ve İİT, 2024 yılında.\n\n```\ncode\n```', {format: 'markdown', lang: 'tr'})
    const anchors = readDocumentAnchors(document)
    expect([0, 1, 2, 3].map((index) => blockWords(anchors, index))).toStrictEqual([
      ['istanbul', 'sozlesmesi'],
      ['nato', 've', 'iit', '2024', 'yilinda'],
      ['code'],
      []
    ])
  })
})
