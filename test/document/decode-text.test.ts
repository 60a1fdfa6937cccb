import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decodeText} from '../../src/document/decode-text.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {InputError} from '../../src/input-error.js'
import {encodeTurkish, toLatin5Repertoire} from './encode-turkish.js'

const tr = readFileSync(new URL('../../fixtures/iskur-international-relations/tr.txt', import.meta.url), 'utf8')
const utf8 = (text: string) => new TextEncoder().encode(text)

function thrown(run: () => unknown): {code: string; message: string} | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof InputError) return {code: error.code, message: error.message}
    throw error
  }
  return undefined
}

describe('decodeText', () => {
  it('decodes UTF-8', () => {
    expect(decodeText(utf8('Işık ve ağ'))).toStrictEqual({text: 'Işık ve ağ', encoding: 'utf-8'})
  })

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toStrictEqual({text: 'a', encoding: 'utf-8'})
  })

  it('decodes UTF-16 with a BOM', () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x31, 0x01, 0x61, 0x00]))).toStrictEqual({text: 'ıa', encoding: 'utf-16le'})
  })

  it('decodes an empty file to an empty text', () => {
    expect(decodeText(new Uint8Array())).toStrictEqual({text: '', encoding: 'utf-8'})
  })

  it('reads Turkish with typographic quotes as Windows-1254', () => {
    expect(decodeText(encodeTurkish('İŞKUR’un “başarısı”'))).toStrictEqual({text: 'İŞKUR’un “başarısı”', encoding: 'windows-1254'})
  })

  it('reads Turkish without bytes 0x80-0x9F as ISO-8859-9', () => {
    expect(decodeText(Uint8Array.from([0x49, 0xfe, 0xfd, 0x6b]))).toStrictEqual({text: 'Işık', encoding: 'iso-8859-9'})
  })

  it('uses a forced encoding', () => {
    expect(decodeText(Uint8Array.from([0xe9, 0x74, 0xe9]), {encoding: 'latin1'})).toStrictEqual({text: 'été', encoding: 'windows-1252'})
  })

  it('uses the charset an HTML page declares when the bytes are not UTF-8', () => {
    const page = [...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'), 0xe9, ...new TextEncoder().encode('</p>')]
    expect(decodeText(Uint8Array.from(page))).toStrictEqual({text: '<meta charset="windows-1252"><p>café</p>', encoding: 'windows-1252'})
  })

  it('ignores a declared charset it does not know', () => {
    const page = [...new TextEncoder().encode('<meta charset="x-klingon"><p>I'), 0xfe, 0xfd, 0x6b]
    expect(decodeText(Uint8Array.from(page))).toStrictEqual({text: '<meta charset="x-klingon"><p>Işık', encoding: 'iso-8859-9'})
  })

  it('ignores a declared charset when the bytes are valid UTF-8', () => {
    expect(decodeText(utf8('<meta charset="iso-8859-9"><p>ağ</p>')).encoding).toBe('utf-8')
  })

  it('rejects NUL bytes as binary', () => {
    expect(thrown(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toStrictEqual({
      code: 'not-text',
      message: 'not a text file (it holds binary data)'
    })
  })

  it('rejects many control characters as binary', () => {
    expect(thrown(() => decodeText(Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42])))?.code).toBe('not-text')
  })

  it('rejects invalid UTF-8 that does not read as Turkish, with a hint', () => {
    expect(thrown(() => decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0])))).toStrictEqual({
      code: 'bad-encoding',
      message: 'not valid UTF-8; give its encoding, e.g. --encoding iso-8859-2 (Central European), windows-1251 (Cyrillic) or windows-1254 (Turkish)'
    })
  })

  it('rejects an unknown encoding name', () => {
    expect(thrown(() => decodeText(utf8('a'), {encoding: 'klingon'}))).toStrictEqual({
      code: 'bad-encoding',
      message: "unknown encoding 'klingon'; use e.g. utf-8, windows-1254 or iso-8859-9"
    })
  })

  it('rejects bytes invalid in a forced UTF-8', () => {
    expect(thrown(() => decodeText(Uint8Array.from([0xfe]), {encoding: 'utf-8'}))?.code).toBe('bad-encoding')
  })
})

describe('parseDocument on encoded bytes of the Turkish seed', () => {
  const summary = (value: string | Uint8Array) =>
    parseDocument(value, {format: 'text'}).blocks.map((block) => [block.kind, block.text, block.lang])

  it('gives the same blocks from Windows-1254 as from UTF-8', () => {
    expect(summary(encodeTurkish(tr))).toStrictEqual(summary(tr))
  })

  it('gives the same blocks from ISO-8859-9 as from UTF-8', () => {
    const latin5 = toLatin5Repertoire(tr)
    const bytes = encodeTurkish(latin5)
    expect(bytes.some((byte) => byte >= 0x80 && byte <= 0x9f)).toBe(false)
    expect(decodeText(bytes).encoding).toBe('iso-8859-9')
    expect(summary(bytes)).toStrictEqual(summary(latin5))
  })

  it('gives the same blocks from UTF-8 with a BOM', () => {
    expect(summary(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(tr)]))).toStrictEqual(summary(tr))
  })

  it('gives the same blocks with CRLF line ends, positions exact in the CRLF text', () => {
    const crlf = tr.replace(/\n/gu, '\r\n')
    expect(summary(crlf)).toStrictEqual(summary(tr))
    for (const block of parseDocument(crlf, {format: 'text'}).blocks) {
      const source = crlf.slice(block.position.start.offset, block.position.end.offset)
      expect(source.replace(/\s+/gu, ' ')).toBe(block.text)
    }
  })
})
