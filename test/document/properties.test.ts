import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {decodeText} from '../../src/document/decode-text.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {InputError} from '../../src/input-error.js'

const word = fc.constantFrom('Dr.', 'İŞKUR’un', 'ağ', 'the', 'No.', '1.', '2015-2018', 'e.g.', 'Bakü', 'end.', 'why?', 'T.C.', '…', 'x')
const space = fc.constantFrom(' ', '  ', '\n', '\r\n', '\n\n', '\u00A0', '\n\u00A0\n', '\t')
const plainText = fc.array(fc.tuple(word, space), {maxLength: 60}).map((parts) => parts.flat().join(''))
const formats = ['text', 'lines', 'markdown', 'html', 'auto'] as const
/** Lines of words, most closed by punctuation, some of two sentences: texts read as one sentence or one paragraph a line, or wrapped. */
const closing = fc.constantFrom('.', '.', '!', '?', ':', '', ' Then it rained.')
const linedText = fc
  .array(fc.tuple(fc.array(word, {minLength: 1, maxLength: 8}), closing, fc.constantFrom('\n', '\n', '\n', '\n\n', '\r\n', '\n<p>\n')), {maxLength: 30})
  .map((lines) => lines.map(([words, end, after]) => `${words.join(' ')}${end}${after}`).join(''))
const anyText = fc.oneof(plainText, linedText)

describe('parseDocument properties', () => {
  it('gives text blocks whose positions slice back to their source', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        for (const block of parseDocument(value, {format: 'text'}).blocks) {
          const source = value.slice(block.position.start.offset, block.position.end.offset)
          expect(source.replace(/\s+/gu, ' ').normalize('NFC')).toBe(block.text)
          expect(value.slice(0, block.position.start.offset).split(/\r\n|\n|\r/u).length).toBe(block.position.start.line)
        }
      })
    )
  })

  it('splits each block into sentences that partition its text in order', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('tr', 'en'), (value, lang) => {
        for (const block of parseDocument(value, {format: 'text', lang}).blocks) {
          let previous = 0
          for (const sentence of block.sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(previous)
            expect(block.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
            expect(block.text.slice(previous, sentence.start).trim()).toBe('')
            previous = sentence.end
          }
          expect(block.text.slice(previous).trim()).toBe('')
        }
      })
    )
  })

  it('keeps every word of a text, in order, however it reads its line breaks', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const words = (text: string) => text.split(/\s+/u).filter((piece) => piece !== '' && piece !== '<p>')
        const read = parseDocument(value, {format: 'text'}).blocks.flatMap((block) => words(block.text))
        expect(read).toStrictEqual(words(value.normalize('NFC')))
      }),
      {numRuns: 300}
    )
  })

  it('numbers sentences across the document in reading order', () => {
    fc.assert(
      fc.property(plainText, (value) => {
        const sentences = parseDocument(value, {format: 'text'}).blocks.flatMap((block) => block.sentences)
        expect(sentences.map((sentence) => sentence.index)).toStrictEqual(sentences.map((_, index) => index))
      })
    )
  })

  it('never throws on arbitrary strings, in any format', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), fc.constantFrom(...formats), (value, format) => {
        const document = parseDocument(value, {format})
        expect(document.blocks.every((block, index) => block.index === index)).toBe(true)
      }),
      {numRuns: 300}
    )
  })

  it('never throws on Markdown- and HTML-like noise', () => {
    const piece = fc.constantFrom('# ', '```', '\n', '<p>', '</p>', '<Intro>', '{/*a*/}', '| a |', '- ', '> ', 'text', '<', '&amp;', '---\n')
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), fc.constantFrom(...formats), (pieces, format) => {
        const value = pieces.join('')
        for (const block of parseDocument(value, {format}).blocks) {
          expect(block.position.start.offset).toBeLessThanOrEqual(block.position.end.offset)
          expect(block.position.end.offset).toBeLessThanOrEqual(value.length)
        }
      }),
      {numRuns: 300}
    )
  })
})

describe('decodeText properties', () => {
  it('either decodes arbitrary bytes or throws an InputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 200}), (bytes) => {
        try {
          expect(typeof decodeText(bytes).text).toBe('string')
        } catch (error) {
          expect(error).toBeInstanceOf(InputError)
        }
      })
    )
  })

  it('decodes any UTF-8 text back to itself', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 100}), (text) => {
        const clean = text.replace(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/gu, '').replace(/^\uFEFF/u, '')
        expect(decodeText(new TextEncoder().encode(clean)).text).toBe(clean)
      })
    )
  })
})

describe('decodeText on a byte-order mark', () => {
  it('refuses a UTF-16LE mark followed by an odd byte with an InputError, not a TypeError', () => {
    const decode = () => decodeText(new Uint8Array([0xff, 0xfe, 0xb1]))
    expect(decode).toThrow(InputError)
    expect(decode).toThrow('the file starts with a utf-16le byte-order mark but is not valid utf-16le')
  })
})
