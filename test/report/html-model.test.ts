import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {CheckReport, FindingLocation} from '../../src/check/types.js'
import {markRanges, rowsOfFindings, viewOf} from '../../src/report/html/client/model.js'

// The page's own client code (no DOM in it), run here as it is bundled.

const seed = JSON.parse(readFileSync('test/fixtures-report/seed-report.json', 'utf8')) as CheckReport

describe('rowsOfFindings', () => {
  it('puts each of the seed findings on the row of its bead', () => {
    const placed = rowsOfFindings(seed.alignment.beads, viewOf(seed.alignment, seed.findings).findingBlocks)
    const withFindings = placed.rows.flatMap((ids, row) => (ids.length > 0 ? [[row, ids]] : []))
    expect(withFindings).toStrictEqual([[8, [0]], [10, [1]], [14, [2]], [18, [3]]])
    expect(placed.loose).toStrictEqual([])
  })

  it('puts a finding on both rows when its two sides sit in different beads, and keeps findings without a block apart', () => {
    const beads = [{source: [0], target: [], score: 0.9}, {source: [], target: [0], score: 0.9}]
    const at = (block: number) => ({block}) as FindingLocation
    const findings = [{source: at(0), target: at(0)}, {source: null, target: null}]
    expect(rowsOfFindings(beads, viewOf({source: [], target: [], beads}, findings).findingBlocks)).toStrictEqual({rows: [[0], [0]], loose: [1]})
  })
})

describe('viewOf', () => {
  // One block a side of three lines, one sentence a line; the block bead is judged sentence by sentence.
  const block = (lang: string, text: string) => ({index: 0, kind: 'paragraph', text, lang, line: 1})
  const sentence = (index: number, start: number, end: number) => ({index, block: 0, start, end, line: index + 1})
  const alignment = {
    source: [block('tr', 'Bir.\nİki.\nÜç.')],
    target: [block('en', 'One.\nTwo.\nThree.')],
    beads: [{source: [0], target: [0], score: 0.9}],
    sentenceBeads: [
      {
        bead: 0,
        sentences: [
          {source: [sentence(0, 0, 4)], target: [sentence(0, 0, 4)], score: 0.8},
          {source: [sentence(1, 5, 9)], target: [sentence(1, 5, 9)], score: 0.2},
          {source: [sentence(2, 10, 13)], target: [sentence(2, 10, 16)], score: 0.7}
        ]
      }
    ]
  }

  it('shows each sentence bead of a long block pair as a row, each sentence a block at its own line', () => {
    const view = viewOf(alignment, [])
    expect(view.beads).toStrictEqual([
      {source: [1], target: [1], score: 0.8},
      {source: [2], target: [2], score: 0.2},
      {source: [3], target: [3], score: 0.7}
    ])
    expect(view.blocks.target.slice(1).map((shown) => [shown.index, shown.text, shown.line, shown.lang])).toStrictEqual([
      [1, 'One.', 1, 'en'],
      [2, 'Two.', 2, 'en'],
      [3, 'Three.', 3, 'en']
    ])
  })

  it("puts a finding on its sentence's row, or by its line when it names no sentence", () => {
    const at = (line: number, sentence?: number) => ({block: 0, line, ...(sentence === undefined ? {} : {sentence})}) as FindingLocation
    const findings = [{source: at(2, 1), target: at(2, 1)}, {source: at(3), target: null}, {source: at(1), target: at(1)}]
    const view = viewOf(alignment, findings)
    expect(view.findingBlocks).toStrictEqual([
      {source: 2, target: 2},
      {source: 3, target: undefined},
      {source: 1, target: 1}
    ])
    expect(rowsOfFindings(view.beads, view.findingBlocks)).toStrictEqual({rows: [[2], [0], [1]], loose: []})
  })

  it('leaves a report without long block pairs as it is', () => {
    const view = viewOf(seed.alignment, seed.findings)
    expect([view.beads, view.blocks.source, view.blocks.target]).toStrictEqual([seed.alignment.beads, seed.alignment.source, seed.alignment.target])
    expect(view.findingBlocks).toStrictEqual(seed.findings.map((finding) => ({source: finding.source?.block, target: finding.target?.block})))
  })
})

describe('markRanges', () => {
  const cases = [
    {text: '2023 yılında 1.250 kişi programa katıldı.', terms: ['1.250'], lang: 'tr', expected: [[13, 18]]},
    {text: 'In 2023, 1,520 people joined the programme.', terms: ['1,520'], lang: 'en', expected: [[9, 14]]},
    {text: 'Oran %40 oldu, 40,5 değil.', terms: ['%40'], lang: 'tr', expected: [[5, 8]]},
    {text: '1988 and 19880', terms: ['1988'], lang: 'en', expected: [[0, 4]]},
    {text: 'Başvurular 15 Haziran’da kapanır.', terms: ['15 Haziran'], lang: 'tr', expected: [[11, 21]]},
    {text: 'İSTANBUL’da', terms: ['İstanbul'], lang: 'tr', expected: [[0, 8]]},
    {text: 'AB ve ABD', terms: ['AB'], lang: 'tr', expected: [[0, 2]]},
    {text: 'Bu programı izleyin', terms: ['program'], lang: 'tr', expected: [[3, 10]]},
    {text: 'The programme', terms: ['program'], lang: 'en', expected: []},
    {text: 'Azerbaijan, Uzbekistan', terms: ['Uzbekistan', 'Azerbaijan'], lang: 'en', expected: [[0, 10], [12, 22]]},
    {text: 'Organisation of Turkic States', terms: ['Turkic', 'Organisation of Turkic States'], lang: 'en', expected: [[0, 29]]},
    {text: 'a b a', terms: ['a', ''], lang: 'en', expected: []}
  ] as const
  it.each(cases)('marks $terms in “$text”', ({text, terms, lang, expected}) => {
    expect(markRanges(text, terms, lang)).toStrictEqual(expected)
  })
})
