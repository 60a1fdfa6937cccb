import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'

const sample = readFileSync(new URL('../../fixtures/parse/sample.html', import.meta.url), 'utf8')

describe('parseDocument with HTML', () => {
  const document = parseDocument(sample)

  it('is picked by auto detection', () => {
    expect(document.format).toBe('html')
  })

  it('makes blocks of headings, paragraphs, loose text, list items, table rows, quotes and pre', () => {
    expect(document.blocks.map((block) => [block.kind, block.text])).toStrictEqual([
      ['heading', 'Uluslararası İlişkiler'],
      ['paragraph', 'Birinci paragraf, kalın iki satırda.'],
      ['paragraph', 'Gevşek metin ikinci satır'],
      ['list-item', 'Birinci madde'],
      ['list-item', 'İç madde'],
      ['table-row', 'Ad | Yaş'],
      ['table-row', 'Ali | 30'],
      ['quote', 'Alıntı cümlesi.'],
      ['paragraph', 'An English paragraph inside.'],
      ['code', 'const a = 1']
    ])
  })

  it('skips head, script, style, nav, header and footer', () => {
    const text = document.blocks.map((block) => block.text).join(' ')
    expect(['Başlık', 'color', 'gizli', 'Ana Sayfa', 'Telif'].filter((word) => text.includes(word))).toStrictEqual([])
  })

  it('takes the document language from <html lang> and a block language from its lang attribute', () => {
    expect([document.lang, document.langConfidence]).toStrictEqual(['tr', 1])
    expect(document.blocks[8]).toMatchObject({lang: 'en', langConfidence: 1})
  })

  it('gives positions that slice back to the elements', () => {
    const slice = (index: number) => {
      const position = document.blocks[index]?.position
      return sample.slice(position?.start.offset, position?.end.offset)
    }
    expect(slice(0)).toBe('<h1>Uluslararası <em>İlişkiler</em></h1>')
    expect(slice(2)).toBe('Gevşek metin<br>ikinci satır')
    expect(slice(6)).toBe('<tr><td>Ali</td><td>30</td></tr>')
    expect(document.blocks[1]?.position.start).toStrictEqual({line: 8, column: 1, offset: sample.indexOf('<p>Birinci')})
  })

  it('reads a fragment without <html> and detects its language', () => {
    const fragment = parseDocument('<p>This page is written in plain English words.</p><p>Second one here.</p>', {format: 'html'})
    expect([fragment.lang, fragment.blocks.map((block) => block.text)]).toStrictEqual([
      'en',
      ['This page is written in plain English words.', 'Second one here.']
    ])
  })

  it('ends a paragraph of loose text at a double <br>', () => {
    const value = '<div>Birinci satır<br>devamı.<br> <br>İkinci paragraf.</div>'
    const blocks = parseDocument(value, {format: 'html'}).blocks
    expect(blocks.map((block) => [block.text, value.slice(block.position.start.offset, block.position.end.offset)])).toStrictEqual([
      ['Birinci satır devamı.', 'Birinci satır<br>devamı.'],
      ['İkinci paragraf.', 'İkinci paragraf.']
    ])
  })

  it('normalises a region-tagged lang to its language subtag', () => {
    expect(parseDocument('<html lang="en-GB"><p>Colour</p></html>', {format: 'html'}).lang).toBe('en')
  })
})
