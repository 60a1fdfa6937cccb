import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {CheckReport, FindingLocation} from '../../src/check/types.js'
import {markRanges, rowsOfFindings} from '../../src/report/html/client/model.js'

// The page's own client code (no DOM in it), run here as it is bundled.

const seed = JSON.parse(readFileSync('test/fixtures-report/seed-report.json', 'utf8')) as CheckReport

describe('rowsOfFindings', () => {
  it('puts each of the seed findings on the row of its bead', () => {
    const placed = rowsOfFindings(seed.alignment.beads, seed.findings)
    const withFindings = placed.rows.flatMap((ids, row) => (ids.length > 0 ? [[row, ids]] : []))
    expect(withFindings).toStrictEqual([[8, [0]], [10, [1]], [14, [2]], [18, [3]]])
    expect(placed.loose).toStrictEqual([])
  })

  it('puts a finding on both rows when its two sides sit in different beads, and keeps findings without a block apart', () => {
    const beads = [{source: [0], target: [], score: 0.9}, {source: [], target: [0], score: 0.9}]
    const at = (block: number) => ({block}) as FindingLocation
    const findings = [{source: at(0), target: at(0)}, {source: null, target: null}]
    expect(rowsOfFindings(beads, findings)).toStrictEqual({rows: [[0], [0]], loose: [1]})
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
