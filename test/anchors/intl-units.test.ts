import {describe, expect, it} from 'vitest'
import {intlUnitWords} from '../../src/anchors/intl-units.js'

const unitOf = (lang: string, written: string) => intlUnitWords(lang).find(([tokens]) => tokens.join(' ') === written)?.[1]

describe('intlUnitWords', () => {
  it('reads long and short forms, as tokens', () => {
    expect([unitOf('de', 'kilometer'), unitOf('de', 'km / h'), unitOf('de', 'zoll'), unitOf('en', 'miles'), unitOf('en', '° f'), unitOf('zh', '公里')]).toStrictEqual([
      'kilometer',
      'kilometer-per-hour',
      'inch',
      'mile',
      'fahrenheit',
      'kilometer'
    ])
  })

  it('reads the bare degree, but not as Chinese and Japanese write it', () => {
    expect([unitOf('en', 'degrees'), unitOf('de', 'grad'), unitOf('ro', 'de grade'), unitOf('ja', '度'), unitOf('zh', '度')]).toStrictEqual(['degree', 'degree', 'degree', undefined, undefined])
  })

  it('leaves out one-letter forms but the metre, and English in', () => {
    expect([unitOf('en', 'g'), unitOf('en', 'in')]).toStrictEqual([undefined, undefined])
    expect([unitOf('de', 'm'), unitOf('ru', 'м')]).toStrictEqual(['meter', 'meter'])
  })
})
