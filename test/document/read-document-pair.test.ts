import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import {parseDocumentPair, readDocumentPair} from '../../src/document/read-document-pair.js'
import {englishLines, turkishLines} from '../helpers/split-lines-pair.js'

const english = `${englishLines.join('\n')}\n`
const turkish = `${turkishLines.join('\n')}\n`
const shape = (document: {blocks: Array<{sentences: Array<{text: string}>}>}) => document.blocks.map((block) => block.sentences.map((sentence) => sentence.text))

describe('parseDocumentPair', () => {
  it('reads a translation that writes some lines as two sentences one sentence a line, as its source reads', async () => {
    // Alone, the Turkish is six paragraphs of a line, the first two split in two sentences.
    expect(shape(parseDocument(english, {format: 'text', lang: 'en'}))).toStrictEqual([englishLines])
    expect(shape(parseDocument(turkish, {format: 'text', lang: 'tr'}))).toStrictEqual([
      ["Ofis 2019'da Kars'ta açıldı.", 'Kırk kişiyi işe aldı.'],
      ['Eğitim 6 hafta sürdü.', 'Sonunda 120 kişi eğitimi bitirdi.'],
      ...turkishLines.slice(2).map((line) => [line])
    ])
    const [source, target] = await parseDocumentPair(english, turkish, {source: {lang: 'en'}, target: {lang: 'tr'}})
    expect([shape(source), shape(target)]).toStrictEqual([[englishLines], [turkishLines]])
  })

  it('reads each side as it reads alone when both read alike, or when the caller says how', async () => {
    const paragraphs = 'One paragraph here. It has two sentences.\nAnother one follows. It also has two.\nA third comes next. With two again.\nThe last one ends. It has two too.\n'
    const [source, target] = await parseDocumentPair(paragraphs, turkish, {source: {lang: 'en'}, target: {lang: 'tr'}})
    expect([source.blocks.length, target.blocks.length]).toStrictEqual([4, 6])
    const [, given] = await parseDocumentPair(english, turkish, {source: {lang: 'en'}, target: {lang: 'tr', lineBreaks: 'paragraph'}})
    expect(given.blocks).toHaveLength(6)
    const [markdown] = await parseDocumentPair(english, turkish, {source: {lang: 'en', format: 'markdown'}, target: {lang: 'tr'}})
    expect(markdown.format).toBe('markdown')
  })
})

describe('readDocumentPair', () => {
  it('reads two files alike and keeps each path', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bitext-pair-'))
    writeFileSync(path.join(folder, 'en.txt'), english)
    writeFileSync(path.join(folder, 'tr.txt'), turkish)
    const [source, target] = await readDocumentPair(path.join(folder, 'en.txt'), path.join(folder, 'tr.txt'))
    expect([source.path, target.path, source.lang, target.lang]).toStrictEqual([path.join(folder, 'en.txt'), path.join(folder, 'tr.txt'), 'en', 'tr'])
    expect(shape(target)).toStrictEqual([turkishLines])
  })
})
