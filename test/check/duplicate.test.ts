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

  it('accepts a repeat whose copies each translate a source block of their own, worded differently', () => {
    const source = buildDocument(['Yapılandırmayı ortamda saklayın', 'İçindekiler burada biter.', 'Yapılandırmayı ortam değişkenlerinde saklayın'], {lang: 'tr'})
    const target = buildDocument(['Store config in the environment', 'Contents end here.', 'Store config in the environment'], {lang: 'en'})
    expect(check(buildAlignment(source, target, [[[0], [0], 0.7], [[1], [1], 0.8], [[2], [2], 0.75]]), only)).toStrictEqual([])
  })

  it('reports a copy pasted over a block it does not translate (a bead that says unrelated)', () => {
    const source = buildDocument(['Testleri şimdi yeniden çalıştırın.', 'Sonra sürümü etiketleyin ve yayınlayın.'], {lang: 'tr'})
    const target = buildDocument(['Run the tests again now.', 'Run the tests again now.'], {lang: 'en'})
    const findings = check(buildAlignment(source, target, [[[0], [0], 0.9], [[1], [1], 0.1]]), only)
    expect(summarize(findings).map(({rule, target: block, message}) => ({rule, block, message}))).toStrictEqual([
      {rule: 'duplicate', block: 1, message: 'Target block repeats the one at line 1; the source has this text once'}
    ])
  })

  it('leaves copies the source lacks altogether to only-in-target', () => {
    const source = buildDocument(['Bir paragraf burada duruyor.'], {lang: 'tr'})
    const target = buildDocument(['A paragraph stands here.', 'Best time to buy stocks.', 'Best time to buy stocks.'], {lang: 'en'})
    const findings = check(buildAlignment(source, target, [[[0], [0]], [[], [1]], [[], [2]]]))
    expect(summarize(findings).map(({rule, target: block}) => ({rule, block}))).toStrictEqual([
      {rule: 'only-in-target', block: 1},
      {rule: 'only-in-target', block: 2}
    ])
  })

  it('ignores short repeated blocks such as “Örnek”', () => {
    const source = buildDocument(['Example', 'Example'], {lang: 'en'})
    const target = buildDocument(['Örnek kod', 'Örnek kod'], {lang: 'tr'})
    expect(check(buildAlignment(source, target, [[[0, 1], [0, 1]]]), only)).toStrictEqual([])
  })
})
