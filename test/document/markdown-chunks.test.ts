import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {markdownChunks} from '../../src/document/markdown-chunks.js'
import {parseMarkdown} from '../../src/document/parse-markdown.js'

const corpora = '../shared/corpora'
const files = [
  ...(existsSync(corpora) ? readdirSync(corpora).flatMap((name) => ['en.md', 'tr.md'].map((file) => `${corpora}/${name}/${file}`)) : []),
  ...readdirSync('../shared/real-pairs').flatMap((name) => ['en.md', 'tr.md'].map((file) => `../shared/real-pairs/${name}/${file}`))
].filter((file) => existsSync(file))

describe('parseMarkdown in chunks', () => {
  it('finds the corpora to compare', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files)('gives the same blocks for %s parsed in 2 kB chunks as whole', (file) => {
    const value = readFileSync(file, 'utf8')
    expect(parseMarkdown(value, {chunkSize: 2048})).toStrictEqual(parseMarkdown(value, {chunkSize: Number.POSITIVE_INFINITY}))
  })

  it('cuts only before a line at the margin after a blank line, never inside fenced code', () => {
    const value = 'Bir.\n\n```\nkod\n\nkod\n```\n\n- madde\n\n  devamı\n\nİki.\n'
    const cuts = markdownChunks(value, 1).map((chunk) => value.slice(chunk.start, chunk.end))
    expect(cuts).toStrictEqual(['Bir.\n\n', '```\nkod\n\nkod\n```\n\n', '- madde\n\n  devamı\n\n', 'İki.\n'])
  })

  it('reads a long table in pieces of rows, each after the header, with offsets in the document', () => {
    const rows = Array.from({length: 40}, (_, index) => `| satır ${index} | değer ${index} |`)
    const value = ['| ad | değer |', '|---|---|', ...rows, ''].join('\n')
    expect(markdownChunks(value, 200).length).toBeGreaterThan(3)
    const blocks = parseMarkdown(value, {chunkSize: 200})
    expect(blocks.map((block) => block.text)).toStrictEqual(['ad | değer', ...rows.map((_, index) => `satır ${index} | değer ${index}`)])
    expect(blocks.map((block) => value.slice(block.start, block.end))).toStrictEqual(['| ad | değer |', ...rows])
  })
})
