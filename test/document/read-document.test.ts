import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readDocument, readDocumentSource} from '../../src/document/read-document.js'
import {InputError} from '../../src/input-error.js'
import {encodeTurkish} from './encode-turkish.js'

const folder = mkdtempSync(join(tmpdir(), 'bitext-read-'))
const seed = (lang: string) => new URL(`../../fixtures/iskur-international-relations/${lang}.txt`, import.meta.url).pathname

function write(name: string, content: string | Uint8Array): string {
  const path = join(folder, name)
  writeFileSync(path, content)
  return path
}

async function failure(path: string, options = {}): Promise<{code: string; message: string}> {
  try {
    await readDocument(path, options)
  } catch (error) {
    if (error instanceof InputError) return {code: error.code, message: error.message}
    throw error
  }
  throw new Error('readDocument did not fail')
}

describe('readDocument', () => {
  it('reads the Turkish seed and records its path', async () => {
    const document = await readDocument(seed('tr'))
    expect([document.path, document.format, document.lang, document.blocks.length]).toStrictEqual([seed('tr'), 'text', 'tr', 21])
  })

  it('picks the format from the extension', async () => {
    const markdown = await readDocument(write('a.md', 'Just one line with no Markdown in it.\n'))
    const lines = await readDocument(write('a.tok', 'One. Two.\nThree.\n'))
    const html = await readDocument(write('a.htm', 'Plain words only.'))
    expect([markdown.format, lines.format, html.format]).toStrictEqual(['markdown', 'lines', 'html'])
  })

  it('sniffs the content of other extensions', async () => {
    expect((await readDocument(write('page.txt', '<!doctype html><p>Hi there.</p>'))).format).toBe('html')
  })

  it('lets an explicit format win over the extension', async () => {
    expect((await readDocument(write('b.md', '# Not a heading\n'), {format: 'text'})).blocks[0]?.text).toBe('# Not a heading')
  })

  it('reads an empty file as an empty document', async () => {
    const document = await readDocument(write('empty.txt', ''))
    expect([document.blocks, document.sections, document.lang]).toStrictEqual([[], [], 'und'])
  })

  it('decodes a Windows-1254 file, or the encoding given', async () => {
    const path = write('tr-1254.txt', encodeTurkish('Türkiye işbirliği çalışmaları sürmektedir.'))
    expect((await readDocument(path)).blocks[0]?.text).toBe('Türkiye işbirliği çalışmaları sürmektedir.')
    expect((await readDocument(path, {encoding: 'windows-1252'})).blocks[0]?.text).toBe('Türkiye iþbirliði çalýþmalarý sürmektedir.')
  })

  it('fails with one line for a missing file', async () => {
    const path = join(folder, 'missing.txt')
    expect(await failure(path)).toStrictEqual({code: 'not-found', message: `${path}: no such file; check the path`})
  })

  it('fails with one line for a directory', async () => {
    expect(await failure(folder)).toStrictEqual({
      code: 'is-directory',
      message: `${folder}: is a directory, not a file; give the path of a file`
    })
  })

  it('fails with one line for a binary file', async () => {
    const path = write('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    expect(await failure(path)).toStrictEqual({code: 'not-text', message: `${path}: not a text file (it holds binary data)`})
  })

  it('fails with one line for invalid UTF-8 that is not Turkish', async () => {
    const path = write('bad.txt', Uint8Array.from([0x41, 0xc3, 0x28, 0xe9, 0xe0]))
    expect(await failure(path)).toStrictEqual({
      code: 'bad-encoding',
      message: `${path}: not valid UTF-8; give its encoding, e.g. --encoding iso-8859-2 (Central European), windows-1251 (Cyrillic) or windows-1254 (Turkish)`
    })
  })
})

describe('readDocumentSource', () => {
  it('keeps a UTF-8 file as its bytes, without the byte-order mark, for the stream to decode in parts', async () => {
    const path = write('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Işık.\n')]))
    const source = await readDocumentSource(path)
    expect(typeof source.text === 'string' ? source.text : new TextDecoder().decode(source.text.utf8)).toBe('Işık.\n')
    expect(typeof source.text).toBe('object')
    expect(source.format).toBe('auto')
  })

  it('decodes any other file as readDocument does: Turkish single-byte, UTF-16 or the encoding given', async () => {
    const turkish = write('source-1254.txt', encodeTurkish('Türkiye işbirliği.'))
    const utf16 = write('source-16.txt', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'Işık'].map((c) => c.charCodeAt(0))).buffer)]))
    const bytes = new TextEncoder().encode('çalışma')
    const given = write('source-given.txt', bytes)
    expect((await readDocumentSource(turkish)).text).toBe('Türkiye işbirliği.')
    expect((await readDocumentSource(utf16)).text).toBe('Işık')
    expect((await readDocumentSource(given, {encoding: 'windows-1252'})).text).toBe(new TextDecoder('windows-1252').decode(bytes))
    expect((await readDocumentSource(given, {encoding: 'windows-1252'})).text).toMatch(/^Ã§al/u)
  })

  it('fails with the one line of readDocument for a binary file', async () => {
    const path = write('source.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    await expect(readDocumentSource(path)).rejects.toThrow(`${path}: not a text file (it holds binary data)`)
  })
})
