import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import {parseDocumentLazily} from '../../src/document/parse-lazily.js'

const cases = [
  {file: 'fixtures/parse/sample.md', format: 'markdown'},
  {file: 'fixtures/parse/sample.html', format: 'html'},
  {file: 'fixtures/parse/sample.lines', format: 'lines'},
  {file: 'fixtures/parse/short.txt', format: 'text'},
  {file: 'fixtures/iskur-international-relations/tr.txt', format: 'auto'},
  {file: 'fixtures/parse/sample.md', format: 'auto'},
  {file: 'fixtures/parse/sample.html', format: 'auto'}
] as const

describe('parseDocumentLazily', () => {
  it.each(cases)('parses $file as $format exactly as parseDocument does', async ({file, format}) => {
    const text = readFileSync(file, 'utf8')
    expect(await parseDocumentLazily(text, {format, lang: 'tr'})).toStrictEqual(parseDocument(text, {format, lang: 'tr'}))
    expect(await parseDocumentLazily(text, {format})).toStrictEqual(parseDocument(text, {format}))
  })

  it('rejects an unknown format with the TypeError parseDocument throws', async () => {
    const format = 'rtf' as 'text'
    await expect(parseDocumentLazily('x', {format})).rejects.toStrictEqual(
      new TypeError("parseDocument: unknown format 'rtf'; use text, markdown, html, lines or auto")
    )
    expect(() => parseDocument('x', {format})).toThrow("parseDocument: unknown format 'rtf'")
  })
})
