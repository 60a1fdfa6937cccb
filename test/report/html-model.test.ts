import {readFileSync} from 'node:fs'
import vm from 'node:vm'
import {describe, expect, it} from 'vitest'
import type {CheckReport} from '../../src/check/types.js'
import {clientModel} from '../../src/report/html/client-model.js'

// The page's own client code, run here without a DOM.
const model = vm.runInNewContext(`${clientModel}; ({rowsOfFindings, evidenceTerms, markRanges})`) as Record<
  string,
  (...args: unknown[]) => unknown
>
const call = (name: string, ...args: unknown[]): unknown => JSON.parse(JSON.stringify(model[name]!(...args)))

const seed = JSON.parse(readFileSync('test/fixtures-report/seed-report.json', 'utf8')) as CheckReport

describe('rowsOfFindings', () => {
  it('puts each of the seed findings on the row of its bead', () => {
    const placed = call('rowsOfFindings', seed.alignment.beads, seed.findings) as {rows: number[][]; loose: number[]}
    const withFindings = placed.rows.flatMap((ids, row) => (ids.length > 0 ? [[row, ids]] : []))
    expect(withFindings).toStrictEqual([[8, [0]], [10, [1]], [14, [2]], [18, [3]]])
    expect(placed.loose).toStrictEqual([])
  })

  it('puts a finding on both rows when its two sides sit in different beads, and keeps findings without a block apart', () => {
    const beads = [{source: [0], target: [], score: 0.9}, {source: [], target: [0], score: 0.9}]
    const findings = [{source: {block: 0}, target: {block: 0}}, {source: null, target: null}]
    expect(call('rowsOfFindings', beads, findings)).toStrictEqual({rows: [[0], [0]], loose: [1]})
  })
})

describe('evidenceTerms', () => {
  const cases = [
    {evidence: {source: [1250], target: [1520]}, side: 'source', expected: [1250]},
    {evidence: {source: [1250], target: [1520]}, side: 'target', expected: [1520]},
    {evidence: {sourceNames: [{text: 'Bakü', value: 'baku'}], targetNames: []}, side: 'source', expected: ['Bakü']},
    {evidence: {target: {names: ['OIC', 'SESRIC']}}, side: 'target', expected: ['OIC', 'SESRIC']},
    {evidence: {kind: 'paragraph', words: 57}, side: 'source', expected: []},
    {evidence: {term: 'İŞKUR', expected: 'ISKUR'}, side: 'source', expected: ['İŞKUR']},
    {evidence: {term: 'İŞKUR', expected: 'ISKUR'}, side: 'target', expected: []},
    {evidence: {detected: 'en', expected: 'tr'}, side: 'target', expected: []}
  ] as const
  it.each(cases)('takes from $evidence only what names the $side side', ({evidence, side, expected}) => {
    expect(call('evidenceTerms', evidence, side)).toStrictEqual(expected)
  })
})

describe('markRanges', () => {
  const cases = [
    {text: '2023 yılında 1.250 kişi programa katıldı.', terms: [1250], lang: 'tr', expected: [[13, 18]]},
    {text: 'In 2023, 1,520 people joined the programme.', terms: [1520], lang: 'en', expected: [[9, 14]]},
    {text: 'Oran %40 oldu, 40,5 değil.', terms: [40.5], lang: 'tr', expected: [[15, 19]]},
    {text: '1988 and 19880', terms: [1988], lang: 'en', expected: [[0, 4]]},
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
    expect(call('markRanges', text, terms, lang)).toStrictEqual(expected)
  })
})
