import {describe, expect, it} from 'vitest'
import {detectFormat} from '../../src/document/detect-format.js'
import {parseDocument} from '../../src/document/parse-document.js'

describe('translatable blocks', () => {
  const cases = [
    {text: 'https://www.iskur.gov.tr/', translatable: false},
    {text: 'www.example.com info@example.com', translatable: false},
    {text: '2015-2018 12.000 %45', translatable: false},
    {text: '***', translatable: false},
    {text: 'İŞKUR 2015', translatable: true},
    {text: 'See https://example.com for more.', translatable: true}
  ] as const

  it.each(cases)('marks "$text" as translatable: $translatable', ({text, translatable}) => {
    expect(parseDocument(text, {format: 'text'}).blocks[0]?.translatable).toBe(translatable)
  })

  it('gives a block that is not translatable the language und', () => {
    expect(parseDocument('12.000 2015', {format: 'text', lang: 'tr'}).blocks[0]).toMatchObject({lang: 'und', langConfidence: 0})
  })
})

describe('plain text structure', () => {
  it('puts blocks before the first heading in a section without heading', () => {
    const document = parseDocument('An opening paragraph ends here.\n\nA Heading\n\nBody text ends.\n', {format: 'text'})
    expect(document.sections).toStrictEqual([
      {heading: null, blocks: [0]},
      {heading: 1, blocks: [1, 2]}
    ])
    expect(document.blocks[1]).toMatchObject({kind: 'heading', depth: 2})
  })

  it('does not make a heading of a short last line, a label-colon line or a line with terminal punctuation', () => {
    const value = 'Note: read this\n\nShort line.\n\nBody text here\n\nThe end'
    expect(parseDocument(value, {format: 'text'}).blocks.map((block) => block.kind)).toStrictEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph'
    ])
  })

  it('joins hard-wrapped lines of a paragraph with one space', () => {
    const [block] = parseDocument('A first line\nwrapped  onto\u00A0a second.\n', {format: 'text'}).blocks
    expect(block?.text).toBe('A first line wrapped onto a second.')
  })

  it('makes one list item per bulleted line', () => {
    const document = parseDocument('- Birinci madde\n- İkinci madde\n• Üçüncü madde\n', {format: 'text'})
    expect(document.blocks.map((block) => [block.kind, block.text])).toStrictEqual([
      ['list-item', '- Birinci madde'],
      ['list-item', '- İkinci madde'],
      ['list-item', '• Üçüncü madde']
    ])
  })

  it('treats NBSP-only lines as blank', () => {
    expect(parseDocument('Bir paragraf.\n\u00A0\nİkinci paragraf.', {format: 'text'}).blocks.length).toBe(2)
  })

  it('gives a weakly detected short block the language of its document', () => {
    const value = 'Fonksiyonlar\n\nFonksiyonlar tek bir iş yapmalıdır ve adları ne yaptıklarını söylemelidir.\n'
    expect(parseDocument(value, {format: 'text'}).blocks.map((block) => block.lang)).toStrictEqual(['tr', 'tr'])
  })

  it('keeps the primary subtag of a given language', () => {
    expect(parseDocument('Bir paragraf burada.', {lang: 'TR-tr'}).lang).toBe('tr')
  })

  it('rejects an unknown format with a TypeError', () => {
    expect(() => parseDocument('x', {format: 'pdf' as 'text'})).toThrow(
      new TypeError("parseDocument: unknown format 'pdf'; use text, markdown, html, lines or auto")
    )
  })

  it('rejects a document that is neither text nor bytes, and a language that is not a tag, with a TypeError', () => {
    expect(() => parseDocument(null as never)).toThrow(new TypeError('parseDocument: expected the document as a string or a Uint8Array, got null'))
    expect(() => parseDocument(123 as never)).toThrow(new TypeError('parseDocument: expected the document as a string or a Uint8Array, got number'))
    expect(() => parseDocument('x', {lang: 5 as never})).toThrow(new TypeError("parseDocument: expected `lang` to be a language tag such as 'tr' or 'en-GB', got number"))
  })
})

describe('detectFormat', () => {
  const cases = [
    {input: '<!DOCTYPE html><html><body><p>Hi</p></body></html>', expected: 'html'},
    {input: 'Intro <p>a</p> <div>b</div> <span>c</span>', expected: 'html'},
    {input: '# Title\n\nSome text with a [link](https://example.com).\n', expected: 'markdown'},
    {input: '---\ntitle: x\n---\n\n- item\n', expected: 'markdown'},
    {input: 'Title\n=====\n\n> quoted\n', expected: 'markdown'},
    {input: '# Title\n\nA [link](x) and <a href="y">three</a> <span>inline</span> <div>tags</div>.\n', expected: 'markdown'},
    {input: '# Only one signal\n', expected: 'text'},
    {input: 'Plain text.\n\nMore plain text.\n', expected: 'text'},
    {input: '', expected: 'text'}
  ] as const

  it.each(cases)('detects $expected', ({input, expected}) => {
    expect(detectFormat(input)).toBe(expected)
  })
})
