import {describe, expect, it} from 'vitest'
import {resolveOptions} from '../../src/align/options.js'

describe('resolveOptions', () => {
  it('adds the built-in Turkish–English lexicon whatever the case and region of the tags', () => {
    expect(resolveOptions({}, 'TR-tr', 'en_GB').lexicons).toHaveLength(1)
    expect(resolveOptions({}, 'en', 'tr').lexicons).toHaveLength(1)
  })

  it('adds no built-in lexicon for another pair or when it is turned off', () => {
    expect(resolveOptions({}, 'de', 'en').lexicons).toStrictEqual([])
    expect(resolveOptions({builtinLexicon: false}, 'tr', 'en').lexicons).toStrictEqual([])
  })
})
