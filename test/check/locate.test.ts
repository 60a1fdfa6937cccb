import {describe, expect, it} from 'vitest'
import {sentenceLocation} from '../../src/check/locate.js'
import type {BitextDocument} from '../../src/document/types.js'
import {buildDocument} from '../align/build-document.js'

/** Paragraphs of two sentences, with a block without sentences (a code block) after every third. */
function withCodeBlocks(count: number): BitextDocument {
  const document = buildDocument(Array.from({length: count}, (_, index) => [`Paragraph ${index} opens.`, `Paragraph ${index} closes.`]))
  const blocks = document.blocks.flatMap((block, index) => (index % 3 === 2 ? [block, {...block, kind: 'code' as const, sentences: []}] : [block]))
  return {...document, blocks: blocks.map((block, index) => ({...block, index, sentences: block.sentences.map((sentence) => ({...sentence, block: index}))}))}
}

describe('sentenceLocation', () => {
  it('finds the block of every sentence, past blocks without sentences', () => {
    const document = withCodeBlocks(50)
    const found = Array.from({length: 100}, (_, index) => sentenceLocation(document, index)?.block)
    const expected = document.blocks.flatMap((block) => block.sentences.map(() => block.index))
    expect(found).toStrictEqual(expected)
  })

  it('finds the block when the blocks do not number their sentences in reading order', () => {
    const document = withCodeBlocks(4)
    const reversed = {...document, blocks: [...document.blocks].reverse()}
    expect(sentenceLocation(reversed, 0)?.block).toBe(0)
    expect(sentenceLocation(reversed, 7)?.text).toBe('Paragraph 3 closes.')
  })

  it('returns null for a sentence that does not exist', () => {
    expect(sentenceLocation(withCodeBlocks(4), 8)).toBeNull()
  })
})
