import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {buildAlignment, buildDocument} from './helpers/build-alignment.js'
import {summarize} from './helpers/summarize.js'

const only = {rules: {'only-in-source': 'off', 'only-in-target': 'off'}} as const

describe('duplicate', () => {
  it('reports the second copy of a target block the source has once', () => {
    const source = buildDocument(['Currently your app renders correctly.', 'Next, add inverse data flow.'], {lang: 'en'})
    const target = buildDocument(['Uygulamanız şu anda doğru çalışıyor.', 'Uygulamanız şu anda  doğru çalışıyor.', 'Sonra ters veri akışı ekleyin.'], {lang: 'tr', path: 'tr.md'})
    const alignment = buildAlignment(source, target, [[[0], [0, 1]], [[1], [2]]])
    expect(summarize(check(alignment, only))).toStrictEqual([
      {
        rule: 'duplicate',
        severity: 'warning',
        message: 'Target block repeats the one at line 1; the source has this text once',
        source: null,
        target: 1,
        evidence: {
          first: {path: 'tr.md', block: 0, line: 1, column: 1, endLine: 1, endColumn: 37, text: 'Uygulamanız şu anda doğru çalışıyor.'},
          copies: 2,
          inSource: 1
        }
      }
    ])
  })

  it('accepts repeats that the source has as often', () => {
    const source = buildDocument(['Run the tests again now.', 'Something else here.', 'Run the tests again now.'], {lang: 'en'})
    const target = buildDocument(['Testleri şimdi yeniden çalıştırın.', 'Burada başka bir şey.', 'Testleri şimdi yeniden çalıştırın.'], {lang: 'tr'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], [1]], [[2], [2]]])
    expect(check(alignment, only)).toStrictEqual([])
  })

  it('ignores short repeated blocks such as “Örnek”', () => {
    const source = buildDocument(['Example', 'Example'], {lang: 'en'})
    const target = buildDocument(['Örnek kod', 'Örnek kod'], {lang: 'tr'})
    expect(check(buildAlignment(source, target, [[[0, 1], [0, 1]]]), only)).toStrictEqual([])
  })
})
