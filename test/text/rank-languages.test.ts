import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {francAll} from 'franc'
import {describe, expect, it} from 'vitest'
import {rankLanguages} from '../../src/text/rank-languages.js'

const seeds = ['tr', 'en'].flatMap((lang) =>
  readFileSync(`fixtures/iskur-international-relations/${lang}.txt`, 'utf8').split(/\n\s*\n/u)
)
const candidateSets = [['tur', 'eng'], ['eng'], ['tur', 'eng', 'deu', 'fra'], ['rus', 'ukr', 'eng'], ['cmn', 'jpn'], ['arb', 'pes']] as const

describe('rankLanguages', () => {
  it('ranks the way franc.francAll(value, {only, minLength: 1}) does, on every seed paragraph', () => {
    for (const only of candidateSets) {
      for (const text of seeds) expect(rankLanguages(text, only)).toStrictEqual(francAll(text, {only: [...only], minLength: 1}))
    }
  })

  it('ranks the way franc does on any text, any script, any candidates', () => {
    const alphabet = fc.constantFrom(...'abcçdeğıiİIoöşuüxyz ,.!?1234\n\t  ЖжбДشسم中文あいü𝐀'.split(''), 'ab', 'the ', 'ler ', 'ş', '\uD835')
    const text = fc.array(alphabet, {maxLength: 60}).map((parts) => parts.join(''))
    const only = fc.subarray(['tur', 'eng', 'deu', 'rus', 'ukr', 'cmn', 'jpn', 'arb', 'ell', 'heb'], {minLength: 1})
    fc.assert(fc.property(text, only, (value, codes) => {
      expect(rankLanguages(value, codes)).toStrictEqual(francAll(value, {only: codes, minLength: 1}))
    }), {numRuns: 500})
  })

  it('cuts long text at 2,048 characters as franc does', () => {
    const long = 'Türkiye İş Kurumu uluslararası ilişkiler. '.repeat(80)
    expect(rankLanguages(long, ['tur', 'eng'])).toStrictEqual(francAll(long, {only: ['tur', 'eng'], minLength: 1}))
  })

  it('gives und for empty text and for text without letters of any script', () => {
    expect(rankLanguages('', ['tur', 'eng'])).toStrictEqual([['und', 1]])
    expect(rankLanguages('123 456', ['tur', 'eng'])).toStrictEqual([['und', 1]])
  })
})
