import {spawnSync} from 'node:child_process'
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

/**
 * In a child process with `--expose-gc`: the heap after a full collection that the words of
 * 20,000 paragraphs take as `readDocumentAnchors` keeps them, and as the arrays of folded tokens
 * it kept before.
 */
const script = `
const {readDocumentAnchors, blockWords} = await import('./src/check/block-anchors.ts')
const {parseDocument} = await import('./src/document/parse-document.ts')
const {tokenize} = await import('./src/text/tokenize.ts')
const {foldName} = await import('./src/anchors/match-name.ts')
const paragraph = (index) => 'Paragraf ' + index + ': bu cümle belgenin belleğini ölçmek için yazıldı ve İİT ile NATO adlarını anar.'
const document = parseDocument(Array.from({length: 20000}, (_, index) => paragraph(index)).join('\\n\\n'), {format: 'text', lang: 'tr'})
const heap = () => (globalThis.gc(), process.memoryUsage().heapUsed)
const anchors = readDocumentAnchors(document)
const before = heap()
const arrays = document.blocks.map((block) => tokenize(block.text, 'tr').map((token) => foldName(token.text, 'tr')))
if (JSON.stringify(arrays) !== JSON.stringify(document.blocks.map((block) => blockWords(anchors, block.index)))) throw new Error('not the same words')
const asArrays = heap() - before
const words = arrays.reduce((sum, list) => sum + list.length, 0)
arrays.length = 0
const beforeDrop = heap()
anchors.words = []
const packed = beforeDrop - heap()
console.log(JSON.stringify({words, packed, asArrays}))
`

describe('readDocumentAnchors memory', () => {
  it('keeps the words of 20,000 paragraphs in less than a third of the heap the arrays of folded tokens took', () => {
    const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {encoding: 'utf8'})
    expect(run.stderr).toBe('')
    const {words, packed, asArrays} = JSON.parse(run.stdout) as {words: number; packed: number; asArrays: number}
    expect(words).toBe(20_000 * 15)
    expect(packed).toBeLessThan(asArrays / 3)
  }, 120_000)
})
