import {describe, expect, it} from 'vitest'
import {sampleTexts} from '../../src/document/sample-texts.js'
import {spreadSample} from '../../src/text/detect-document-language.js'

/** Texts of `count` words each, numbered so that every piece of the sample is told apart. */
function texts(blocks: number, words: number): string[] {
  return Array.from({length: blocks}, (_, block) => Array.from({length: words}, (_, word) => `s${block}k${word}`).join(' '))
}

function joinedLength(list: readonly string[]): number {
  return list.reduce((total, text) => total + text.length, 0) + Math.max(0, list.length - 1)
}

describe('sampleTexts', () => {
  it.each([
    {name: 'a short text, taken whole', list: ['Kısa bir metin.', 'İkinci blok.']},
    {name: 'many short blocks', list: texts(400, 3)},
    {name: 'a few long blocks', list: texts(3, 900)},
    {name: 'blocks without spaces after the second quarter', list: [...texts(2, 200), 'x'.repeat(3000)]},
    {name: 'no text', list: []}
  ])('takes the sample of the joined texts without joining them: $name', ({list}) => {
    expect(sampleTexts(list, joinedLength(list))).toBe(spreadSample(list.join('\n')))
  })

  it('starts each later piece after the first space at or after its quarter of the joined text, and takes 500 characters', () => {
    // Joined: 999 a, space, 1,000 b, line break, 1,000 c, space (at 3,001), 999 d: 4,001 characters, quarters at 1,000, 2,000, 3,000.
    const list = [`${'a'.repeat(999)} ${'b'.repeat(1000)}`, `${'c'.repeat(1000)} ${'d'.repeat(999)}`]
    expect(sampleTexts(list, 4001)).toBe([500, 500, 500, 500].map((length, piece) => (piece === 0 ? 'a' : 'd').repeat(length)).join(' '))
  })
})
