import {describe, expect, it} from 'vitest'
import {isCognate} from '../../src/anchors/cognate.js'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'
import {matchAnchors} from '../../src/anchors/match-anchors.js'
import {parseLexicon} from '../../src/anchors/parse-lexicon.js'
import {InputError} from '../../src/input-error.js'

const match = (tr: string, en: string, lexicons?: Parameters<typeof matchAnchors>[2]) =>
  matchAnchors(extractAnchors(tr, 'tr'), extractAnchors(en, 'en'), {sourceLang: 'tr', targetLang: 'en', ...lexicons})

describe('matchAnchors', () => {
  it('pairs dates, acronyms and names through the lexicon and cognates', () => {
    const result = match('WAPES, 18 Ekim 1988 tarihinde Cenevre’de kuruldu ve İİT ile Azerbaycan’da çalıştı.', 'WAPES was founded on October 18, 1988 in Geneva and worked with the OIC in Azerbaijan.')
    expect(result).toStrictEqual({pairs: [[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]], sourceOnly: [], targetOnly: []})
  })

  it('leaves differing numbers unpaired', () => {
    expect(match('%21 ve 1.250', '12% and 1,520')).toStrictEqual({pairs: [], sourceOnly: [0, 1], targetOnly: [0, 1]})
  })

  it('uses a user lexicon, flipped when written the other way round', () => {
    const lexicon = parseLexicon('Agency\tİŞKUR\n', {sourceLang: 'en', targetLang: 'tr'})
    const anchors = matchAnchors(extractAnchors('Başvuru İŞKUR’a yapılır', 'tr'), extractAnchors('Apply to the Agency', 'en'), {sourceLang: 'tr', targetLang: 'en', lexicons: [lexicon]})
    expect(anchors.pairs).toStrictEqual([[0, 0]])
    expect(parseLexicon('a\tb\n\n# x\nc\td').entries).toStrictEqual([{source: 'a', target: 'b'}, {source: 'c', target: 'd'}])
  })

  it('rejects a malformed lexicon line with its number', () => {
    expect(() => parseLexicon('a\tb\nno tab here\n')).toThrow(new InputError('bad-lexicon', "lexicon line 2: expected 'term<TAB>equivalent', got 'no tab here'"))
  })
})

describe('isCognate', () => {
  it.each([
    ['azerbaycan', 'azerbaijan', true],
    ['kazakistan', 'kazakhstan', true],
    ['baku', 'baku', true],
    ['fas', 'morocco', false],
    ['ankara', 'geneva', false],
    ['abc', 'abd', false]
  ] as const)('%s ~ %s is %s', (a, b, expected) => {
    expect(isCognate(a, b)).toBe(expected)
  })
})
