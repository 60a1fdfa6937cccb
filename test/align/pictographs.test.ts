import {describe, expect, it} from 'vitest'
import {createContext} from '../../src/align/align-context.js'
import {resolveOptions} from '../../src/align/options.js'
import {parseDocument} from '../../src/document/parse-document.js'

/** The pictograph keys (`e:…`) of each sentence of both sides. */
function pictographKeys(source: string, target: string) {
  const context = createContext(parseDocument(source, {format: 'lines', lang: 'tr'}), parseDocument(target, {format: 'lines', lang: 'en'}), resolveOptions({}, 'tr', 'en'))
  const names = [...context.keys.keys()]
  const keys = (units: ReadonlyArray<{keys: number[]}>) => units.map((unit) => unit.keys.map((key) => names[key] as string).filter((name) => name.startsWith('e:')))
  return {source: keys(context.source.sentences), target: keys(context.target.sentences)}
}

describe('emoji and other pictographs', () => {
  it('are evidence keys on both sides, as numbers are', () => {
    expect(pictographKeys('Yine de denemekten çekinmeyin 😊.\nDikkat ⚠ önemli.', 'Feel free to try it 😊.\nWarning ⚠ important.')).toStrictEqual({
      source: [['e:😊'], ['e:⚠']],
      target: [['e:😊'], ['e:⚠']]
    })
  })

  it('count once per sentence, and not as letters or punctuation', () => {
    expect(pictographKeys('Çok iyi 👍👍👍 ve © 2024.', 'Very good, and (c) 2024!').source).toStrictEqual([['e:👍', 'e:©']])
  })
})
