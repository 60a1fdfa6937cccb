import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createContext} from '../../src/align/align-context.js'
import {resolveOptions} from '../../src/align/options.js'
import {createBeadScorer} from '../../src/align/score-bead.js'
import {parseDocument} from '../../src/document/parse-document.js'

const english = ['In 2019 Ankara had 5,6 million people.', 'The ministry met on 3 May.', 'Prices rose by 12%.', 'Geneva hosted the OIC meeting.', 'Nothing else happened.']
const turkish = ['2019 yılında Ankara’nın nüfusu 5,6 milyondu.', 'Bakanlık 3 Mayıs’ta toplandı.', 'Fiyatlar %12 arttı.', 'Cenevre İİT toplantısına ev sahipliği yaptı.', 'Başka bir şey olmadı.']

function scorerFor(sourceLines: string[], targetLines: string[], level: 'block' | 'sentence') {
  const source = parseDocument(sourceLines.join('\n\n') + '\n', {format: 'lines', lang: 'en'})
  const target = parseDocument(targetLines.join('\n\n') + '\n', {format: 'lines', lang: 'tr'})
  const context = createContext(source, target, resolveOptions({}, 'en', 'tr'))
  const [units, others] = level === 'block' ? [context.source.blocks, context.target.blocks] : [context.source.sentences, context.target.sentences]
  return createBeadScorer(units, others, {model: context.model, keyCount: context.keys.size, textKeys: context.textKeys, keys: context.keys, scorer: undefined, level})
}

describe('a bead cost with a budget', () => {
  it('is the exact cost whenever that cost is within the budget, and Infinity only when the exact cost exceeds it', () => {
    let skipped = 0
    const lines = fc.array(fc.constantFrom(...english.keys()), {minLength: 2, maxLength: 5})
    fc.assert(
      fc.property(lines, lines, fc.constantFrom('block' as const, 'sentence' as const), fc.double({min: -20, max: 20, noNaN: true}), (s, t, level, budget) => {
        const scorer = scorerFor(s.map((index) => english[index] ?? ''), t.map((index) => turkish[index] ?? ''), level)
        for (let i = 0; i + 1 <= s.length; i++) {
          for (let j = 0; j + 1 <= t.length; j++) {
            for (const [k, l] of [[1, 1], [1, 2], [2, 1], [2, 2]] as const) {
              if (i + k > s.length || j + l > t.length) continue
              const exact = scorer.cost(i, k, j, l)
              const budgeted = scorer.cost(i, k, j, l, budget)
              if (budgeted === Infinity) skipped++, expect(exact).toBeGreaterThan(budget)
              else expect(budgeted).toBe(exact)
              if (exact <= budget) expect(budgeted).toBe(exact)
            }
          }
        }
      }),
      {numRuns: 60}
    )
    // The budgets reach below the costs of merges, so some beads are skipped: the shortcut is exercised.
    expect(skipped).toBeGreaterThan(0)
  })
})
