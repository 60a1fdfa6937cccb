import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {parseDocument} from '../../src/document/parse-document.js'
import type {Bead} from '../../src/align/types.js'
import {buildDocument} from './build-document.js'

const pairing = (beads: readonly Bead[]) => beads.filter((bead) => bead.source.length > 0 && bead.target.length > 0).map((bead) => [bead.source, bead.target])

// Written for these tests: eight commands, of which the translation keeps the 2nd, 4th, 5th and 8th.
const cheatSheet = {
  english: [
    'List the files: `ls -la`',
    'Show the branch: `git status`',
    'Count lines: `wc -l notes.txt`',
    'Find text: `grep -rn TODO src`',
    'Free disk: `df -h`',
    'Who is logged in: `who`',
    'Print the date: `date +%F`',
    'Archive a folder: `tar czf site.tgz site`'
  ],
  turkish: ['Dalı göster: `git status`', 'Metin ara: `grep -rn TODO src`', 'Boş disk: `df -h`', 'Klasörü arşivle: `tar czf site.tgz site`']
}

describe('align leaves dropped short items out instead of shifting the rest', () => {
  it('pairs the four examples a translated cheat sheet kept with their own originals', () => {
    const {english, turkish} = cheatSheet
    const alignment = align(buildDocument([english], 'en'), buildDocument([turkish], 'tr'))
    expect(pairing(alignment.sentences)).toStrictEqual([
      [[1], [0]],
      [[3], [1]],
      [[4], [2]],
      [[7], [3]]
    ])
    expect(alignment.sentences.filter((bead) => bead.target.length === 0).map((bead) => bead.source)).toStrictEqual([[0], [2], [5], [6]])
  })

  /** Block 0 is the heading on both sides; the four kept items pair with their originals, the other four are left out. */
  function expectListPairedByCode(alignment: ReturnType<typeof align>) {
    expect(pairing(alignment.blocks)).toStrictEqual([
      [[0], [0]],
      [[2], [1]],
      [[4], [2]],
      [[5], [3]],
      [[8], [4]]
    ])
    expect(alignment.blocks.filter((bead) => bead.target.length === 0).map((bead) => bead.source)).toStrictEqual([[1], [3], [6], [7]])
  }

  it('does the same in Markdown, where the reader drops the backticks and keeps the spans as Block.code', () => {
    // Written for this test: a heading, then the cheat sheet above as a Markdown list.
    const english = ['# Cheat sheet', '', ...cheatSheet.english.map((item) => `- ${item}`)].join('\n')
    const turkish = ['# Kopya kâğıdı', '', ...cheatSheet.turkish.map((item) => `- ${item}`)].join('\n')
    const alignment = align(parseDocument(english, {format: 'markdown', lang: 'en'}), parseDocument(turkish, {format: 'markdown', lang: 'tr'}))
    expectListPairedByCode(alignment)
  })

  it('does the same in HTML, where <code> gives the spans as Block.code', () => {
    // Written for this test: the cheat sheet above as an HTML list, backticks turned into <code>.
    const page = (title: string, items: readonly string[]) =>
      `<h1>${title}</h1><ul>${items.map((item) => `<li>${item.replace(/`([^`]+)`/gu, '<code>$1</code>')}</li>`).join('')}</ul>`
    const english = parseDocument(page('Cheat sheet', cheatSheet.english), {format: 'html', lang: 'en'})
    const turkish = parseDocument(page('Kopya kâğıdı', cheatSheet.turkish), {format: 'html', lang: 'tr'})
    expect(turkish.blocks[4]?.code).toStrictEqual(['tar czf site.tgz site'])
    const alignment = align(english, turkish)
    expectListPairedByCode(alignment)
  })

  it('pairs the rest of a list of distinct items with itself when items are deleted from one side', () => {
    const word = fc.constantFrom('the', 'Geneva', '2015', 'meeting', 'İŞKUR', 'toplantı', 'yıl', 'Baku', '12,5', 'a', 'report', 'OECD')
    const item = fc.array(word, {minLength: 1, maxLength: 6}).map((words) => words.join(' ') + '.')
    const list = fc.uniqueArray(item, {minLength: 2, maxLength: 16})
    const case_ = list.chain((items) => fc.tuple(fc.constant(items), fc.subarray([...items.keys()], {minLength: 1, maxLength: Math.max(1, Math.floor(items.length / 2))})))
    fc.assert(
      fc.property(case_, ([items, deleted]) => {
        const kept = [...items.keys()].filter((index) => !deleted.includes(index))
        const alignment = align(buildDocument([items]), buildDocument([kept.map((index) => items[index] as string)]))
        expect(pairing(alignment.sentences)).toStrictEqual(kept.map((index, position) => [[index], [position]]))
      }),
      {numRuns: 80}
    )
  })
})
