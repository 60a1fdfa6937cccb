import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {parseDocument} from '../../src/document/parse-document.js'
import type {Alignment} from '../../src/align/types.js'

// Written for these tests: a reading list whose translation lists the last three items first.
const english = `# Reading list

Work through these in order; each takes an evening.

- [Introduction to graphs (video)](https://example.org/graphs)
- [Dynamic programming, lecture 11 (video)](https://example.org/dp-11)
- [Hash tables in 5 minutes](https://example.org/hash)
- [Binary search trees (video)](https://example.org/bst)
- [Sorting algorithms compared](https://example.org/sorting)
- [Tries and suffix trees](https://example.org/tries)

## Practice

Solve two problems a day and write down what you learned.
`

const turkish = `# Okuma listesi

Bunları sırayla çalışın; her biri bir akşam sürer.

- [İkili arama ağaçları (video)](https://example.org/bst)
- [Sıralama algoritmalarının karşılaştırması](https://example.org/sorting)
- [Trie ve sonek ağaçları](https://example.org/tries)
- [Çizgelere giriş (video)](https://example.org/graphs)
- [Dinamik programlama, 11. ders (video)](https://example.org/dp-11)
- [Özet tablolar 5 dakikada](https://example.org/hash)

## Alıştırma

Günde iki problem çözün ve öğrendiklerinizi yazın.
`

/** The 1-1 block pairs, as the two blocks' texts. */
function pairs(alignment: Alignment): Array<[string, string]> {
  return alignment.blocks
    .filter((bead) => bead.source.length === 1 && bead.target.length === 1)
    .map((bead) => [alignment.source.blocks[bead.source[0] ?? -1]?.text ?? '', alignment.target.blocks[bead.target[0] ?? -1]?.text ?? ''])
}

describe('align leaves crossed pairs unpaired', () => {
  const alignment = align(parseDocument(english, {format: 'markdown', lang: 'en'}), parseDocument(turkish, {format: 'markdown', lang: 'tr'}))

  it('pairs no list item with an item that links elsewhere', () => {
    const links = (text: string, side: 'source' | 'target') => alignment[side].blocks.find((block) => block.text === text)?.links ?? []
    for (const [source, target] of pairs(alignment)) expect(links(source, 'source'), `${source} ↔ ${target}`).toStrictEqual(links(target, 'target'))
  })

  it('still pairs the text around the list', () => {
    expect(pairs(alignment)).toStrictEqual([
      ['Reading list', 'Okuma listesi'],
      ['Work through these in order; each takes an evening.', 'Bunları sırayla çalışın; her biri bir akşam sürer.'],
      ['Practice', 'Alıştırma'],
      ['Solve two problems a day and write down what you learned.', 'Günde iki problem çözün ve öğrendiklerinizi yazın.']
    ])
  })

  it('leaves the sentences of a crossed pair unpaired too', () => {
    const listSentences = (side: 'source' | 'target') => new Set(alignment[side].blocks.filter((block) => block.kind === 'list-item').flatMap((block) => block.sentences.map((sentence) => sentence.index)))
    const [source, target] = [listSentences('source'), listSentences('target')]
    const paired = alignment.sentences.filter((bead) => bead.source.some((index) => source.has(index)) && bead.target.some((index) => target.has(index)))
    expect(paired).toStrictEqual([])
  })

  it('keeps a list in the same order paired item by item', () => {
    const inOrder = turkish.replace(/(- \[İkili[^\n]*\n- \[Sıralama[^\n]*\n- \[Trie[^\n]*\n)((?:- [^\n]*\n){3})/, '$2$1')
    const kept = align(parseDocument(english, {format: 'markdown', lang: 'en'}), parseDocument(inOrder, {format: 'markdown', lang: 'tr'}))
    expect(pairs(kept)).toHaveLength(10)
  })
})
