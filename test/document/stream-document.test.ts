import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import {paragraphParts} from '../../src/document/document-parts.js'
import {streamDocument} from '../../src/document/stream-document.js'
import type {ParseOptions} from '../../src/document/parse-document.js'

const corpora = '../shared/corpora'
const files = (existsSync(corpora) ? readdirSync(corpora, {withFileTypes: true}).filter((entry) => entry.isDirectory()).map((entry) => entry.name) : [])
  .flatMap((name) => readdirSync(`${corpora}/${name}`).filter((file) => /^(en|tr|eng|deu|jpn)\.(md|txt)$/u.test(file)).map((file) => `${corpora}/${name}/${file}`))
  .concat(['fixtures/parse/short.txt'])

/** The streamed document as `parseDocument` gives it: blocks read out, `size` dropped. */
async function streamed(value: string, options: ParseOptions & {partSize?: number}) {
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
