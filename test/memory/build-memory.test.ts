import {describe, expect, it} from 'vitest'
import type {Alignment, Bead} from '../../src/align/types.js'
import type {BitextDocument, Block} from '../../src/document/types.js'
import {buildMemory} from '../../src/memory/build-memory.js'
import {align} from '../../src/align/align.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {english, moved, turkish} from '../helpers/agency-lines.js'

const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}

/** A document of one block per entry; each block's sentences given as texts; block 0 a heading. */
function documentOf(lang: string, blocks: Array<{sentences: string[]; lang?: string; translatable?: boolean}>, path?: string): BitextDocument {
  let index = 0
  const built: Block[] = blocks.map((block, number) => ({
    index: number,
    kind: number === 0 ? 'heading' : 'paragraph',
    text: block.sentences.join(' '),
    lang: block.lang ?? lang,
    langConfidence: 1,
    translatable: block.translatable ?? true,
    position,
    sentences: block.sentences.map((text) => ({index: index++, block: number, text, start: 0, end: text.length, line: 10 * number + 1}))
  }))
  const document: BitextDocument = {lang, langConfidence: 1, format: 'text', blocks: built, sections: [{heading: 0, blocks: built.map((block) => block.index)}]}
  if (path !== undefined) document.path = path
  return document
}

const bead = (source: number[], target: number[], score = 0.9): Bead => ({source, target, score})
const created = new Date('2026-03-04T05:06:07.890Z')

describe('buildMemory', () => {
  const source = documentOf('en', [
    {sentences: ['International Relations']},
    {sentences: ['WAPES was founded in 1988.', 'It is based in Brussels.']},
    {sentences: ['IŞKUR joined in 2003.']},
    {sentences: ['2015-2018']}
  ], 'en.md')
  const target = documentOf('tr', [
    {sentences: ['Uluslararası İlişkiler']},
    {sentences: ['WAPES 1988’de kuruldu.', 'Merkezi Brüksel’dedir.']},
    {sentences: ['İŞKUR 2003’te katıldı.']},
    {sentences: ['2015-2018']}
  ], 'tr.md')
  const alignment: Alignment = {
    source,
    target,
    blocks: [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([3], [3])],
    sentences: [bead([0], [0]), bead([1], [1]), bead([2], [2], 0.2), bead([3], [3]), bead([4], [4])]
  }

  it('keeps confident 1-1 beads with languages, date, origin and score', () => {
    const units = buildMemory(alignment, {created})
    expect(units[0]).toStrictEqual({
      source: 'International Relations',
      target: 'Uluslararası İlişkiler',
      sourceLang: 'en-GB',
      targetLang: 'tr-TR',
      created: '2026-03-04T05:06:07Z',
      origin: {
        source: {file: 'en.md', block: 0, line: 1, section: 'International Relations'},
        target: {file: 'tr.md', block: 0, line: 1, section: 'Uluslararası İlişkiler'}
      },
      score: 0.9
    })
  })

  it('skips low-score beads and pairs with the same text on both sides', () => {
    expect(buildMemory(alignment, {created}).map((unit) => unit.source)).toStrictEqual([
      'International Relations',
      'WAPES was founded in 1988.',
      'IŞKUR joined in 2003.'
    ])
    expect(buildMemory(alignment, {created, minScore: 0.1}).map((unit) => unit.source)).toContain('It is based in Brussels.')
  })

  it('skips null beads, low-score and excluded blocks, and uses the given language tags', () => {
    const changed: Alignment = {...alignment, blocks: [bead([0], [0]), bead([1], [1], 0.3), bead([2], []), bead([], [2]), bead([3], [3])]}
    expect(buildMemory(changed, {created, sourceLang: 'en-US', targetLang: 'tr'}).map((unit) => [unit.sourceLang, unit.targetLang, unit.source])).toStrictEqual([
      ['en-US', 'tr', 'International Relations']
    ])
    expect(buildMemory(alignment, {created, exclude: {target: [0, 2]}}).map((unit) => unit.source)).toStrictEqual(['WAPES was founded in 1988.'])
  })

  it('skips the beads of excluded sentences and keeps the rest of their block', () => {
    const units = (exclude: Parameters<typeof buildMemory>[1]) => buildMemory(alignment, {created, minScore: 0.1, ...exclude}).map((unit) => unit.source)
    expect(units({exclude: {sentences: {source: [2]}}})).toStrictEqual(['International Relations', 'WAPES was founded in 1988.', 'IŞKUR joined in 2003.'])
    expect(units({exclude: {sentences: {target: [1]}}})).toStrictEqual(['International Relations', 'It is based in Brussels.', 'IŞKUR joined in 2003.'])
  })

  it('joins the sentences of a 2-1 bead and drops a duplicate pair', () => {
    const twice: Alignment = {...alignment, sentences: [bead([0], [0]), bead([1, 2], [1, 2]), bead([3], [3]), bead([4], [4])]}
    const units = buildMemory(twice, {created})
    expect(units.map((unit) => unit.source)).toStrictEqual([
      'International Relations',
      'WAPES was founded in 1988. It is based in Brussels.',
      'IŞKUR joined in 2003.'
    ])
    const repeated: Alignment = {...alignment, sentences: [bead([0], [0]), bead([1], [1]), bead([3], [3])]}
    const copy = {...repeated, target: documentOf('tr', [{sentences: ['Uluslararası İlişkiler']}, {sentences: ['Uluslararası  İlişkiler']}])}
    expect(buildMemory({...copy, source: documentOf('en', [{sentences: ['International Relations']}, {sentences: ['International Relations']}]), blocks: [bead([0], [0]), bead([1], [1])], sentences: [bead([0], [0]), bead([1], [1])]}, {created}).length).toBe(1)
  })

  it('skips untranslatable and wrong-language blocks, and keeps undetermined ones', () => {
    const mixed: Alignment = {
      ...alignment,
      source: documentOf('en', [{sentences: ['Title']}, {sentences: ['Some code'], translatable: false}, {sentences: ['Kısa'], lang: 'tr'}, {sentences: ['Hi'], lang: 'und'}]),
      target: documentOf('tr', [{sentences: ['Başlık']}, {sentences: ['Kod']}, {sentences: ['Short']}, {sentences: ['Selam']}]),
      sentences: [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([3], [3])]
    }
    expect(buildMemory(mixed, {created}).map((unit) => unit.source)).toStrictEqual(['Title', 'Hi'])
  })

  it('keeps a tag with a region, or of a language without a default region, as given', () => {
    const dutch = documentOf('nl', [{sentences: ['Internationale betrekkingen']}])
    const other: Alignment = {...alignment, source: {...alignment.source, lang: 'en-US'}, target: dutch, blocks: [bead([0], [0])], sentences: [bead([0], [0])]}
    const [unit] = buildMemory(other, {created})
    expect([unit?.sourceLang, unit?.targetLang]).toStrictEqual(['en-US', 'nl'])
  })
})

describe('buildMemory of sentences moved out of order', () => {
  it('keeps a moved pair as a unit, as a pair in place would be', () => {
    const alignment = align(parseDocument(english.join('\n'), {format: 'lines', lang: 'en'}), parseDocument(moved(turkish, 2, 8).join('\n'), {format: 'lines', lang: 'tr'}))
    const units = buildMemory(alignment).map((unit) => [unit.source, unit.target])
    expect(units).toContainEqual([english[2], turkish[2]])
    expect(units).toHaveLength(english.length)
  })
})
