import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {matchTokens} from '../../src/memory/match-tokens.js'
import type {PreparedBatch} from '../../src/memory/prepare-units.js'
import {createPreparer, stringColumns} from '../../src/memory/prepare-units.js'
import type {TranslationUnit} from '../../src/memory/types.js'

/** The batch's string columns of unit `index`, by name. */
function columnsOf(batch: PreparedBatch, index: number): Record<string, string> {
  const width = stringColumns.length
  const found: Record<string, string> = {}
  stringColumns.forEach((name, column) => {
    const at = index * width + column
    found[name] = batch.strings.slice(at === 0 ? 0 : (batch.ends[at - 1] as number), batch.ends[at] as number)
  })
  return found
}

/** Token texts of every side, through the batch's own vocabulary (built up over `batches`). */
function sideTokens(batches: PreparedBatch[], batch: PreparedBatch): string[][] {
  const texts: string[] = []
  for (const each of batches) for (let i = 0; i < each.newTokens.length; i += 2) texts[each.firstNewToken + i / 2] = each.newTokens[i + 1] as string
  const sides: string[][] = []
  let start = 0
  for (const end of batch.tokenEnds) {
    sides.push(Array.from(batch.tokens.subarray(start, end), (id) => texts[id] as string))
    start = end
  }
  return sides
}

const word = fc.constantFrom('ev', 'Ev', 'ırmak', 'IRMAK', '2015', '\uE000', 'house', 'river', 'the', 'a')
const sentence = fc.array(word, {maxLength: 8}).map((words) => words.join(' '))
const unit = fc.record({source: sentence, target: sentence, sourceLang: fc.constantFrom('en-GB', 'en'), targetLang: fc.constant('tr-TR')})

describe('createPreparer', () => {
  it('packs each unit’s columns: texts, languages, primary languages and the other fields as JSON', () => {
    const batch = createPreparer()([{source: 'Hello', target: 'Merhaba', sourceLang: 'en-GB', targetLang: 'tr-TR', score: 0.9}])
    expect(columnsOf(batch, 0)).toStrictEqual({
      source: 'Hello', target: 'Merhaba', source_lang: 'en-GB', target_lang: 'tr-TR', source_primary: 'en', target_primary: 'tr', data: '{"score":0.9}'
    })
  })

  it('gives each side the match tokens, new tokens announced once across batches (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(unit, {maxLength: 6}), {minLength: 1, maxLength: 4}), (chunks) => {
        const prepare = createPreparer()
        const batches: PreparedBatch[] = []
        for (const units of chunks) {
          const batch = prepare(units as TranslationUnit[])
          batches.push(batch)
          const expected = units.flatMap((each) => [matchTokens(each.source, each.sourceLang), matchTokens(each.target, each.targetLang)])
          expect(sideTokens(batches, batch)).toStrictEqual(expected)
        }
        const announced = batches.flatMap((batch) => batch.newTokens.filter((_, index) => index % 2 === 0).map((lang, index) => `${lang} ${batch.newTokens[index * 2 + 1]}`))
        expect(new Set(announced).size).toBe(announced.length)
      }),
      {numRuns: 200}
    )
  })

  it('lists, per token, every side that has it once, in order, with the side’s length (property)', () => {
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 12}), (units) => {
        const batch = createPreparer()(units as TranslationUnit[])
        const expected = new Map<number, number[]>()
        let start = 0
        batch.tokenEnds.forEach((end, entry) => {
          for (const token of new Set(batch.tokens.subarray(start, end))) expected.set(token, [...(expected.get(token) ?? []), entry, end - start])
          start = end
        })
        const actual = new Map<number, number[]>()
        let from = 0
        batch.postingTokens.forEach((token, index) => {
          const to = batch.postingEnds[index] as number
          actual.set(token, Array.from(batch.postings.subarray(from, to)))
          from = to
        })
        expect(new Map([...actual].sort(([a], [b]) => a - b))).toStrictEqual(new Map([...expected].sort(([a], [b]) => a - b)))
      }),
      {numRuns: 200}
    )
  })
})
