import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import type {BitextDocument} from '../../src/document/types.js'
import {countHeadings} from './count-headings.js'

const sample = readFileSync(new URL('../../fixtures/parse/sample.md', import.meta.url), 'utf8')

describe('parseDocument with Markdown', () => {
  const document = parseDocument(sample, {format: 'markdown'})

  it('reads headings, paragraphs, list items, table rows, quotes and code in order', () => {
    expect(document.blocks.map((block) => [block.kind, block.text])).toStrictEqual([
      ['heading', 'Başlık'],
      ['paragraph', 'Bir kalın ve bağlantılı paragraf, iki satıra bölünmüş.'],
      ['heading', 'Setext Heading'],
      ['list-item', 'Birinci madde'],
      ['list-item', 'İkinci madde'],
      ['list-item', 'İç madde'],
      ['table-row', 'Ad | Yaş'],
      ['table-row', 'Ali | 30'],
      ['quote', 'Alıntı cümlesi.'],
      ['code', 'const a = 1'],
      ['paragraph', 'Metin kod ve html ile.']
    ])
  })

  it('gives heading depths from ATX and setext headings', () => {
    expect(document.blocks.filter((block) => block.kind === 'heading').map((block) => block.depth)).toStrictEqual([1, 2])
  })

  it('gives positions that slice back to each block source', () => {
    const slices = document.blocks.map((block) => sample.slice(block.position.start.offset, block.position.end.offset))
    expect(slices).toStrictEqual([
      '# Başlık {/*baslik*/}',
      'Bir **kalın** ve [bağlantılı](https://example.com) paragraf,\niki satıra bölünmüş.',
      'Setext Heading\n--------------',
      'Birinci madde',
      'İkinci madde',
      'İç madde',
      '| Ad | Yaş |',
      '| Ali | 30 |',
      'Alıntı cümlesi.',
      '```js\nconst a = 1\n```',
      'Metin `kod` ve <b>html</b> ile.'
    ])
  })

  it('gives line and column after the front matter', () => {
    expect(document.blocks[0]?.position).toStrictEqual({
      start: {line: 5, column: 1, offset: 22},
      end: {line: 5, column: 22, offset: 43}
    })
  })

  it('marks code as not translatable and without a language', () => {
    expect(document.blocks[9]).toMatchObject({kind: 'code', translatable: false, lang: 'und'})
  })

  it('opens a section per heading', () => {
    expect(document.sections).toStrictEqual([
      {heading: 0, blocks: [0, 1]},
      {heading: 2, blocks: [2, 3, 4, 5, 6, 7, 8, 9, 10]}
    ])
  })

  it('is picked by auto detection', () => {
    expect(parseDocument(sample).format).toBe('markdown')
  })

  it('gives each sentence the line it starts on', () => {
    const [block] = parseDocument('\nThe first sentence is *here*.\nThe second one starts on line three.\n', {format: 'markdown'}).blocks
    expect(block?.sentences.map((sentence) => [sentence.text, sentence.line])).toStrictEqual([
      ['The first sentence is here.', 2],
      ['The second one starts on line three.', 3]
    ])
  })

  it('keeps JSX tags inside inline code', () => {
    const [block] = parseDocument('Use `<Suspense>` here, not <Intro>.\n', {format: 'markdown'}).blocks
    expect(block?.text).toBe('Use <Suspense> here, not .')
  })

  it('keeps MDX comments inside fenced code', () => {
    const [block] = parseDocument('```jsx\n{/* note */}\n```\n', {format: 'markdown'}).blocks
    expect(block?.text).toBe('{/* note */}')
  })
})

const corpora = new URL('../../../shared/corpora/', import.meta.url)
const files = existsSync(corpora)
  ? readdirSync(corpora, {withFileTypes: true})
      .filter((entry) => entry.isDirectory())
      .flatMap((entry) =>
        readdirSync(new URL(`${entry.name}/`, corpora))
          .filter((name) => name.endsWith('.md') && name !== 'SOURCE.md')
          .map((name) => `${entry.name}/${name}`)
      )
  : []

/** Each corpus file, read and parsed once for all the tests below. */
const parsed = new Map<string, {value: string; document: BitextDocument}>()
function load(file: string): {value: string; document: BitextDocument} {
  const cached = parsed.get(file)
  if (cached) return cached
  const value = readFileSync(new URL(file, corpora), 'utf8')
  const entry = {value, document: parseDocument(value, {format: 'markdown'})}
  parsed.set(file, entry)
  return entry
}

describe.skipIf(files.length === 0)('the Markdown corpora in ../shared/corpora', () => {
  it.each(files)('parses %s with one heading block per Markdown heading in the source (HTML headings apart)', (file) => {
    const {value, document} = load(file)
    const markdownHeadings = document.blocks.filter((block) => block.kind === 'heading' && value[block.position.start.offset] !== '<')
    expect(markdownHeadings.length).toBe(countHeadings(value))
  })

  it.each(files)('leaks no MDX anchor or JSX tag of the prose into the text of %s', (file) => {
    const {value, document} = load(file)
    const leaks = document.blocks
      .filter((block) => block.kind !== 'code')
      .flatMap((block) => proseLeaks(value.slice(block.position.start.offset, block.position.end.offset), block.text))
    expect(leaks).toStrictEqual([])
  })
})

const jsxTag = /\{\/\*.*?\*\/\}|<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>|<[a-z][\w-]*\s[^<>]*=\{[^<>]*>/gu

/** JSX tags and MDX comments of the source, outside inline code, that show up in the text. */
function proseLeaks(source: string, text: string): string[] {
  const inlineCode = source.match(/`[^`]*`/gu)?.join(' ') ?? ''
  const prose = source.replace(/`[^`]*`/gu, ' ')
  return (prose.match(jsxTag) ?? []).filter((tag) => text.includes(tag) && !inlineCode.includes(tag))
}

describe('parseDocument with Markdown: what must stay equal', () => {
  it('keeps inline code, template tags, link targets and image sources of each block', () => {
    const value = 'Run `npm ci` and {{ site.name }}, see [docs][d] and ![logo](logo.png) or <a href="/x">x</a>.\n\n[d]: https://example.org/docs\n\nNo code here.'
    const blocks = parseDocument(value, {format: 'markdown', lang: 'en'}).blocks
    expect(blocks.map((block) => ({code: block.code, links: block.links}))).toStrictEqual([
      {code: ['npm ci', '{{ site.name }}'], links: ['https://example.org/docs', 'logo.png', '/x']},
      {code: undefined, links: undefined}
    ])
  })
})

describe('parseDocument with Markdown: raw HTML blocks', () => {
  it('reads the text of raw HTML blocks, and shows an image-only block by its markup', () => {
    const value = 'Giriş.\n\n<details>\n<summary>Grafikleri görmek için tıklayın.</summary>\n\n<img width="150" src="logo.png">\n\n<aside>Bir not.</aside>\n'
    const blocks = parseDocument(value, {format: 'markdown', lang: 'tr'}).blocks
    expect(blocks.map((block) => ({kind: block.kind, text: block.text, links: block.links}))).toStrictEqual([
      {kind: 'paragraph', text: 'Giriş.', links: undefined},
      {kind: 'paragraph', text: 'Grafikleri görmek için tıklayın.', links: undefined},
      {kind: 'paragraph', text: '<img width="150" src="logo.png">', links: ['logo.png']},
      {kind: 'paragraph', text: 'Bir not.', links: undefined}
    ])
    expect(blocks.map((block) => value.slice(block.position.start.offset, block.position.end.offset))).toStrictEqual([
      'Giriş.',
      '<summary>Grafikleri görmek için tıklayın.</summary>',
      '<img width="150" src="logo.png">',
      'Bir not.'
    ])
  })
})

describe('parseDocument with Markdown: tables whose cells run on into the next blocks', () => {
  it('reads each cell of a row split across raw HTML blocks as a block of its own', () => {
    const value = [
      '<table markdown="1">',
      '  <tr>',
      '    <td>Sayı</td>',
      '<td markdown="1">',
      "İstemci olarak `n`'ci atlayışa güvenin.",
      '</td>',
      '  </tr>',
      '  <tr>',
      '    <td>Fonksiyon</td>',
      '<td markdown="1">',
      'Özel güven uygulaması.',
      '',
      'Sonraki paragraf.',
      '</td></tr></table>',
      ''
    ].join('\n')
    const blocks = parseDocument(value, {format: 'markdown', lang: 'tr'}).blocks
    expect(blocks.map((block) => block.text)).toStrictEqual(['Sayı', "İstemci olarak `n`'ci atlayışa güvenin.", 'Fonksiyon', 'Özel güven uygulaması.', 'Sonraki paragraf.'])
    expect(blocks.map((block) => value.slice(block.position.start.offset, block.position.end.offset))).toStrictEqual([
      'Sayı',
      "İstemci olarak `n`'ci atlayışa güvenin.",
      'Fonksiyon',
      'Özel güven uygulaması.',
      'Sonraki paragraf.'
    ])
  })

  it('keeps the rows of a table that is whole inside one raw HTML block', () => {
    const value = '<table>\n<tr><td>Sayı</td><td>Bir değer.</td></tr>\n<tr><td>Metin</td><td>Bir ad.</td></tr>\n</table>\n'
    const blocks = parseDocument(value, {format: 'markdown', lang: 'tr'}).blocks
    expect(blocks.map((block) => ({kind: block.kind, text: block.text}))).toStrictEqual([
      {kind: 'table-row', text: 'Sayı | Bir değer.'},
      {kind: 'table-row', text: 'Metin | Bir ad.'}
    ])
  })
})

describe('parseDocument with Markdown: boxes of the MkDocs blocks extension', () => {
  it('reads the line that opens a box as its heading, titled or not', () => {
    const value = '/// note | Not\n\nBu bir nottur.\n\n///\n\n/// tip\n\nBir ipucu.\n\n///\n\n//// dört bölü değil\n'
    const blocks = parseDocument(value, {format: 'markdown', lang: 'tr'}).blocks
    expect(blocks.map((block) => ({kind: block.kind, text: block.text}))).toStrictEqual([
      {kind: 'heading', text: '/// note | Not'},
      {kind: 'paragraph', text: 'Bu bir nottur.'},
      {kind: 'paragraph', text: '///'},
      {kind: 'heading', text: '/// tip'},
      {kind: 'paragraph', text: 'Bir ipucu.'},
      {kind: 'paragraph', text: '///'},
      {kind: 'paragraph', text: '//// dört bölü değil'}
    ])
  })
})
