import {existsSync, readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import {documentParts, markdownBytesParts, paragraphParts} from '../../src/document/document-parts.js'
import {blankMdx} from '../../src/document/blank-mdx.js'
import {streamDocument} from '../../src/document/stream-document.js'
import type {ParseOptions} from '../../src/document/parse-document.js'

const corpora = '../shared/corpora'
const files = (existsSync(corpora) ? readdirSync(corpora, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [])
  .flatMap((name) => readdirSync(`${corpora}/${name}`).filter((file) => /^(en|tr|eng|deu|jpn)\.(md|txt)$/u.test(file)).map((file) => `${corpora}/${name}/${file}`))
  .concat(['fixtures/parse/short.txt'])

/** The streamed document as `parseDocument` gives it: blocks read out, `size` dropped. */
async function streamed(value: string | {utf8: Uint8Array}, options: ParseOptions & {partSize?: number}) {
  const {size, blocks, ...rest} = await streamDocument(value, options)
  const list = [...blocks]
  expect(list.length).toBe(size)
  return {lang: rest.lang, langConfidence: rest.langConfidence, format: rest.format, blocks: list, sections: rest.sections}
}

describe('streamDocument', () => {
  it('finds the corpora to compare', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files)('gives the model of parseDocument for %s read in 4 kB parts', async (file) => {
    const value = readFileSync(file, 'utf8')
    const formats = file.endsWith('.md') ? (['markdown'] as const) : (['text', 'lines'] as const)
    for (const format of formats) {
      expect(await streamed(value, {format, partSize: 4096})).toStrictEqual(parseDocument(value, {format}))
    }
  })

  it.each(files.filter((file) => file.endsWith('.txt')))('gives the model of parseDocument for %s read from its UTF-8 bytes in 4 kB parts', async (file) => {
    const bytes = readFileSync(file)
    const value = bytes.toString('utf8')
    for (const format of ['text', 'lines'] as const) {
      expect(await streamed({utf8: bytes}, {format, partSize: 4096})).toStrictEqual(parseDocument(value, {format}))
    }
  })

  it('gives the model of parseDocument for any text read from its UTF-8 bytes in parts of any size, whatever its line endings and characters', async () => {
    const piece = fc.constantFrom('Başlık', 'Bir cümle.', ' ', '\u00A0', '\u3000', '😀', '𝄞 not', '\n', '\r', '\r\n', '\n\n', '\r\n\r\n', '\r\r', 'İŞKUR 2024.', '\t')
    await fc.assert(
      fc.asyncProperty(fc.array(piece, {maxLength: 40}), fc.integer({min: 1, max: 64}), fc.constantFrom('text', 'lines'), async (pieces, partSize, format) => {
        const value = pieces.join('')
        const bytes = new TextEncoder().encode(value)
        expect(await streamed({utf8: bytes}, {format, partSize})).toStrictEqual(parseDocument(value, {format}))
      }),
      {numRuns: 300}
    )
  })

  it('sniffs the format of UTF-8 bytes and decodes Markdown whole', async () => {
    const value = '# Başlık\n\nBir paragraf, [bağlantı](https://example.com) ile.\n\n- madde\n'
    const document = await streamed({utf8: new TextEncoder().encode(value)}, {partSize: 8})
    expect(document).toStrictEqual(parseDocument(value))
    expect(document.format).toBe('markdown')
  })

  it('gives the same model with a language given and without block detection', async () => {
    const value = readFileSync(`${corpora}/twelve-factor/tr.md`, 'utf8')
    const options = {format: 'text', lang: 'tr-TR', blockLanguages: false} as const
    expect(await streamed(value, {...options, partSize: 1000})).toStrictEqual(parseDocument(value, options))
  })

  it('reads the first block of a text as a depth-1 heading and the last one as no heading only at the ends of the document', async () => {
    const value = 'Başlık\n\nBir paragraf burada.\n\nAra başlık\n\nSon paragraf burada.\n\nSon satır\n'
    const document = await streamed(value, {format: 'text', partSize: 8})
    expect(document.blocks.map((block) => [block.kind, block.depth])).toStrictEqual([
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['paragraph', undefined],
      ['paragraph', undefined]
    ])
    expect(document.sections).toStrictEqual([
      {heading: 0, blocks: [0, 1]},
      {heading: 2, blocks: [2, 3, 4]}
    ])
  })

  it('gives an empty document for blank text', async () => {
    expect(await streamed(' \n\n ', {format: 'text', partSize: 1})).toStrictEqual({lang: 'und', langConfidence: 0, format: 'text', blocks: [], sections: []})
  })
})

describe('markdownBytesParts', () => {
  it('gives the raw blocks and lines of documentParts, whether it keeps them as objects or deflated', async () => {
    for (const file of files.filter((name) => name.endsWith('.md'))) {
      const bytes = readFileSync(file)
      const text = bytes.toString('utf8')
      const expected = [...(await documentParts(text, 'markdown', 8192)).read()]
      for (const asObjects of [0, Number.POSITIVE_INFINITY]) {
        const {parts, toPoint} = await markdownBytesParts(bytes, 8192, asObjects)
        // Read twice: every pass of a stream reads the parts again.
        expect([...parts.read()]).toStrictEqual(expected)
        expect([...parts.read()]).toStrictEqual(expected)
        expect(toPoint(text.length)).toStrictEqual({line: text.split(/\r\n|\n|\r/u).length, column: text.length - Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')), offset: text.length})
      }
    }
  })
})

describe('blankMdx', () => {
  it('leaves a text with nothing to blank as it is, and blanks MDX outside fenced code with line ends in place', () => {
    const plain = 'A paragraph.\n\n```jsx\n<Intro>code</Intro>\n```\n'
    expect(blankMdx(plain)).toBe(plain)
    const mdx = '## Title {/*title*/}\n\n<Intro>\nText\n</Intro>\n'
    const blanked = blankMdx(mdx)
    expect(blanked).toBe('## Title            \n\n       \nText\n        \n')
    expect(blanked.length).toBe(mdx.length)
  })
})

describe('paragraphParts', () => {
  it('cuts after an empty line (any line ending), never before blank text only', () => {
    const value = 'bir\r\n\r\niki\n\nüç\r\rdört\n\n \n'
    const parts = paragraphParts(value, 1).map((part) => value.slice(part.start, part.end))
    expect(parts).toStrictEqual(['bir\r\n\r\n', 'iki\n\n', 'üç\r\r', 'dört\n\n \n'])
  })

  it('keeps a stretch without an empty line whole', () => {
    expect(paragraphParts('bir\r\niki\nüç', 2)).toStrictEqual([{start: 0, end: 11}])
  })
})
