import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {createContext} from '../../src/align/align-context.js'
import {resolveOptions} from '../../src/align/options.js'

// Six sentences, each with one name the translation writes by its sounds; the translation leaves one out.
const english = [
  'The president, Morales, said the talks would continue.',
  'After the game, Walton praised the young players.',
  'The officer, Ferrell, asked the public to report sightings.',
  'The estate in the south is managed by Thompson.',
  'The candidate, Nelson, tweeted about the allegations.',
  'The fans were thanked by Christie for their support.'
]
const translations = {
  zh: ['总统莫拉莱斯说，谈判将会继续。', '赛后，沃顿称赞了年轻球员。', '官员法雷尔呼吁公众报告目击情况。', '南部的庄园由汤普森管理。', '候选人纳尔逊在推特上谈到了这些指控。', '克里斯蒂感谢球迷们的支持。'],
  ja: ['大統領のモラレス氏は、協議は続くと述べた。', '試合後、ウォルトンは若い選手たちを称賛した。', '担当者のフェレルは目撃情報の提供を呼びかけた。', '南部の地所はトンプソンが管理している。', '候補者のネルソンは疑惑についてツイートした。', 'クリスティは支援に感謝した。']
}

/** The sentence beads of English against the translation without sentence `dropped`, as `source-target`. */
function beadsWithout(lang: 'zh' | 'ja', dropped: number): string[] {
  const kept = translations[lang].filter((_, index) => index !== dropped)
  const alignment = align(parseDocument(english.join('\n'), {format: 'lines', lang: 'en'}), parseDocument(kept.join('\n'), {format: 'lines', lang: lang}))
  return alignment.sentences.map((bead) => `${bead.source.join(',')}-${bead.target.join(',')}`)
}

/** The beads a perfect aligner gives: each sentence with its translation, `dropped` alone. */
function expected(dropped: number): string[] {
  return english.map((_, index) => (index === dropped ? `${index}-` : `${index}-${index < dropped ? index : index - 1}`))
}

// The same with names Arabic writes by their consonants.
const englishForArabic = [
  'The president, Morales, said the talks would continue.',
  'After the game, Hazard praised the young players.',
  'The officer, Ferrell, asked the public to report sightings.',
  'The estate in the south is managed by Sterling.',
  'The candidate, Nelson, tweeted about the allegations.',
  'The fans were thanked by Christie for their support.'
]
const arabic = [
  'قال الرئيس موراليس إن المحادثات ستستمر.',
  'بعد المباراة، أشاد هازارد باللاعبين الشباب.',
  'طلب الضابط فيريل من الجمهور الإبلاغ عن المشاهدات.',
  'يدير ستيرلينغ العقار في الجنوب.',
  'غرّد المرشح نيلسون حول الادعاءات.',
  'شكرت كريستي المشجعين على دعمهم.'
]

describe('names written by sound in Chinese and Japanese', () => {
  it.each([0, 1, 2, 3, 4, 5])('find the English sentence a Chinese translation left out (sentence %i)', (dropped) => {
    expect(beadsWithout('zh', dropped)).toStrictEqual(expected(dropped))
  })

  it.each([0, 1, 2, 3, 4, 5])('find the English sentence a Japanese translation left out (sentence %i)', (dropped) => {
    expect(beadsWithout('ja', dropped)).toStrictEqual(expected(dropped))
  })
})

describe('names written by their consonants in Arabic', () => {
  it.each([0, 1, 2, 3, 4, 5])('find the English sentence an Arabic translation left out (sentence %i)', (dropped) => {
    const kept = arabic.filter((_, index) => index !== dropped)
    const alignment = align(parseDocument(englishForArabic.join('\n'), {format: 'lines', lang: 'en'}), parseDocument(kept.join('\n'), {format: 'lines', lang: 'ar'}))
    expect(alignment.sentences.map((bead) => `${bead.source.join(',')}-${bead.target.join(',')}`)).toStrictEqual(expected(dropped))
  })
})

// Chinese names the English writes in Pinyin; the characters' readings come from ICU's Pinyin order.
// Two initials also match words by chance (`时候` shíhou spells `sh` as `Shanghai` does): the last
// sentence says `下雨了` (it rained), not `下雨的时候` (when it rained), to keep this test about names.
const englishWithPinyin = [
  'In the evening Wang Qiyao walked along the lane alone.',
  'The next morning she wrote a letter to Jiang Lili.',
  'Her mother had lived in Pingan Lane for twenty years.',
  'Nobody knew where Kang Mingxun had gone that winter.',
  'The photographer from Shanghai came back in the spring.',
  'Only Weiwei was still asleep when the rain began.'
]
const chineseWithNames = ['傍晚，王琦瑶独自沿着弄堂走着。', '第二天早上，她给蒋丽莉写了一封信。', '她母亲在平安里住了二十年。', '没有人知道康明逊那年冬天去了哪里。', '那位上海来的摄影师春天回来了。', '下雨了，只有薇薇还在睡觉。']

describe('Chinese names written in Pinyin', () => {
  it.each([0, 1, 2, 3, 4, 5])('find the English sentence a Chinese translation left out (sentence %i)', (dropped) => {
    const kept = chineseWithNames.filter((_, index) => index !== dropped)
    const alignment = align(parseDocument(englishWithPinyin.join('\n'), {format: 'lines', lang: 'en'}), parseDocument(kept.join('\n'), {format: 'lines', lang: 'zh'}))
    expect(alignment.sentences.map((bead) => `${bead.source.join(',')}-${bead.target.join(',')}`)).toStrictEqual(expected(dropped))
  })
})

describe('a name that starts an English sentence', () => {
  // Capitalised there anyway, so `extractAnchors` does not read it as a name alone.
  const keysOf = (english: string[], chinese: string[]) => {
    const context = createContext(parseDocument(english.join('\n'), {format: 'lines', lang: 'en'}), parseDocument(chinese.join('\n'), {format: 'lines', lang: 'zh'}), resolveOptions({}, 'en', 'zh'))
    const names = [...context.keys.keys()]
    const sounds = (units: Array<{keys: number[]}>) => units.map((unit) => unit.keys.map((key) => names[key]).filter((name) => name?.startsWith('h:')))
    return {source: sounds(context.source.sentences), target: sounds(context.target.sentences)}
  }

  it('is keyed by its sounds where the translation writes a name with them', () => {
    expect(keysOf(['Morales said the talks would continue.', 'Thompson manages the estate.'], ['总统莫拉莱斯说，谈判将会继续。', '南部的庄园由汤普森管理。'])).toStrictEqual({
      source: [['h:mls'], ['h:tps']],
      target: [['h:mls'], ['h:tps']]
    })
  })

  it('is keyed by its Pinyin initials where the translation writes a Chinese name with them', () => {
    expect(keysOf(['Qiyao said nothing.', 'Weiwei was asleep.'], ['琦瑶什么也没说。', '薇薇睡着了。'])).toStrictEqual({
      source: [['h:=qy'], ['h:=ww']],
      target: [['h:=qy'], ['h:=ww']]
    })
  })

  it('is not keyed where the translation has no such name: a word that starts a sentence is not always a name', () => {
    expect(keysOf(['However, the talks would continue.'], ['然而，谈判将会继续。'])).toStrictEqual({source: [[]], target: [[]]})
  })
})
