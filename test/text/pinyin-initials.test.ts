import {describe, expect, it} from 'vitest'
import {hanInitial, hanInitialRuns, pinyinNameInitials, pinyinSyllables} from '../../src/text/pinyin-initials.js'

describe('pinyinSyllables', () => {
  it.each([
    ['qiyao', ['qi', 'yao']],
    ['qingyang', ['qing', 'yang']],
    ['beijing', ['bei', 'jing']],
    ['zhuangzi', ['zhuang', 'zi']],
    ['anyi', ['an', 'yi']],
    ['xian', ['xian']]
  ])('splits %s into %j, the longest syllable first', (word, syllables) => {
    expect(pinyinSyllables(word)).toStrictEqual(syllables)
  })

  it('backs off a long syllable where the rest would not split', () => {
    // After `xiang` the rest, `u`, is no syllable: `xian gu`.
    expect(pinyinSyllables('xiangu')).toStrictEqual(['xian', 'gu'])
  })

  it.each(['morales', 'peace', 'smith', 'trump'])('gives nothing for %s, which is not Pinyin', (word) => {
    expect(pinyinSyllables(word)).toBeUndefined()
  })
})

describe('pinyinNameInitials', () => {
  it('gives the first letter of each syllable of every word', () => {
    expect([pinyinNameInitials('wang qiyao'), pinyinNameInitials('chen qingyang'), pinyinNameInitials('shanghai')]).toStrictEqual(['wqy', 'cqy', 'sh'])
  })

  it("reads an apostrophe as a syllable break (Xi'an) and keeps four initials at most", () => {
    expect([pinyinNameInitials("xi'an"), pinyinNameInitials('ouyang xiuming zhang')]).toStrictEqual(['xa', 'oyxm'])
  })

  it('gives nothing for a name of one syllable, or with a word that is not Pinyin', () => {
    expect([pinyinNameInitials('wang'), pinyinNameInitials('peace lane'), pinyinNameInitials('wang morales')]).toStrictEqual(['', '', ''])
  })
})

describe('hanInitial', () => {
  // Two characters a letter: the last one of the letter in ICU's order (`澳` ào just before `八` bā), and a common one.
  it.each([
    ['a', '澳安'],
    ['b', '簿北'],
    ['c', '錯陈'],
    ['d', '墮大'],
    ['e', '貳额'],
    ['f', '覆发'],
    ['g', '過国'],
    ['h', '靃海'],
    ['j', '駿京'],
    ['k', '鞹卡'],
    ['l', '駱拉'],
    ['m', '穆妈'],
    ['n', '糯女'],
    ['o', '藕欧'],
    ['p', '曝平'],
    ['q', '群琦'],
    ['r', '箬人'],
    ['s', '鏁上'],
    ['t', '籜他'],
    ['w', '霧王'],
    ['x', '蕈西'],
    ['y', '韻瑶'],
    ['z', '中座']
  ])('gives %s for the characters of %s', (letter, characters) => {
    expect([...characters].map((character) => hanInitial(character))).toStrictEqual([...characters].map(() => letter))
  })

  it('gives nothing for a character that is not Han', () => {
    expect(['a', '，', 'ア', '1'].map((character) => hanInitial(character))).toStrictEqual([undefined, undefined, undefined, undefined])
  })
})

describe('hanInitialRuns', () => {
  it('spells the Han characters of a text by their initials, other characters ending a run', () => {
    expect(hanInitialRuns('傍晚，王琦瑶走了。OK')).toStrictEqual(['bw', 'wqyzl'])
  })
})
