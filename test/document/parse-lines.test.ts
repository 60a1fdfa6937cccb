import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import {readDocument} from '../../src/document/read-document.js'

describe('parseDocument with format lines', () => {
  const value = 'First line here.\nSecond one, no stop\r\n\nThird after a blank line.\n'

  it('makes one block per paragraph whose sentences are its lines', () => {
    const document = parseDocument(value, {format: 'lines', lang: 'en'})
    expect(document.blocks.map((block) => block.sentences.map((sentence) => sentence.text))).toStrictEqual([
      ['First line here.', 'Second one, no stop'],
      ['Third after a blank line.']
    ])
  })

  it('joins the lines of a block with a space and maps sentences to lines', () => {
    const [first, second] = parseDocument(value, {format: 'lines', lang: 'en'}).blocks
    expect(first?.text).toBe('First line here. Second one, no stop')
    expect(first?.sentences.map((sentence) => [sentence.start, sentence.end, sentence.line])).toStrictEqual([
      [0, 16, 1],
      [17, 36, 2]
    ])
    expect(second?.sentences.map((sentence) => [sentence.index, sentence.line])).toStrictEqual([[2, 4]])
  })

  it('gives exact positions across CRLF line ends', () => {
    const [first, second] = parseDocument(value, {format: 'lines', lang: 'en'}).blocks
    expect(first?.position).toStrictEqual({
      start: {line: 1, column: 1, offset: 0},
      end: {line: 2, column: 20, offset: 36}
    })
    expect(second?.position.start).toStrictEqual({line: 4, column: 1, offset: 39})
  })

  it('never splits a line into sentences, even with several full stops', () => {
    const [block] = parseDocument('One. Two. Three.\n', {format: 'lines'}).blocks
    expect(block?.sentences.map((sentence) => sentence.text)).toStrictEqual(['One. Two. Three.'])
  })

  it('is picked for a .lines file by readDocument', async () => {
    const document = await readDocument(new URL('../../fixtures/parse/sample.lines', import.meta.url).pathname)
    expect([document.format, document.lang]).toStrictEqual(['lines', 'tr'])
    expect(document.blocks.map((block) => block.sentences.map((sentence) => [sentence.text, sentence.line]))).toStrictEqual([
      [
        ['İŞKUR 2003 yılında Birliğe katıldı.', 1],
        ['WAPES 1988 yılında kuruldu.', 2]
      ],
      [['Toplantı 25-26 Nisan 2013 tarihlerinde yapıldı.', 4]]
    ])
  })

  it('gives an empty document for empty input', () => {
    expect(parseDocument('', {format: 'lines'})).toStrictEqual({
      lang: 'und',
      langConfidence: 0,
      format: 'lines',
      blocks: [],
      sections: []
    })
  })
})
