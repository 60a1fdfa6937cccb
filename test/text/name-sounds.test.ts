import {describe, expect, it} from 'vitest'
import {latinNameSounds, syllabicNameSounds} from '../../src/text/name-sounds.js'

describe('latinNameSounds and syllabicNameSounds', () => {
  it.each([
    ['morales', '莫拉莱斯', 'mls'],
    ['trump', '特朗普', 'tlp'],
    ['thompson', '汤普森', 'tps'],
    ['walton', '沃顿', 'wt'],
    ['berners', '伯纳斯', 'pns'],
    ['james', '詹姆斯', 'jms'],
    ['liam', '利亚姆', 'lm'],
    ['navarro', '纳瓦罗', 'nwl'],
    ['christie', '克里斯蒂', 'kls'],
    ['elisabeth', '伊丽莎白', 'lsp'],
    ['peter', '彼得', 'pt']
  ])('gives %s and the Chinese %s the same consonant sounds', (latin, han, sounds) => {
    expect([latinNameSounds(latin, 'han'), syllabicNameSounds(han, 'han')]).toStrictEqual([sounds, [sounds]])
  })

  it.each([
    ['morales', 'モラレス', 'mls'],
    ['trump', 'トランプ', 'tlp'],
    ['johnson', 'ジョンソン', 'js'],
    ['walton', 'ウォルトン', 'wlt'],
    ['william', 'ウィリアム', 'wlm'],
    ['peter', 'ピーター', 'pt']
  ])('gives %s and the Japanese %s the same consonant sounds', (latin, kana, sounds) => {
    expect([latinNameSounds(latin, 'kana'), syllabicNameSounds(kana, 'kana')]).toStrictEqual([sounds, [sounds]])
  })

  it('finds the names inside a Chinese clause and splits given from family name at the middle dot', () => {
    expect(syllabicNameSounds('她暗示，莫拉莱斯挑衅性的言辞', 'han')).toStrictEqual(['mls'])
    // 苏格兰 is Scotland, written by its sounds too (su ge lan).
    expect(syllabicNameSounds('苏格兰蝙蝠保护组织官员伊丽莎白·法雷尔鼓励公众', 'han')).toStrictEqual(['skl', 'lsp', 'fl'])
  })

  it('leaves out a lone transliteration character and runs of fewer than two sounds', () => {
    expect(syllabicNameSounds('德国和法国', 'han')).toStrictEqual([])
    expect(syllabicNameSounds('罗一', 'han')).toStrictEqual([])
    expect(latinNameSounds('lee', 'han')).toBe('l')
  })

  it('misses what sounds cannot bring together: a name Chinese writes by another sound', () => {
    expect([latinNameSounds('johnson', 'han'), syllabicNameSounds('约翰逊', 'han')]).toStrictEqual(['js', ['hs']])
  })
})
