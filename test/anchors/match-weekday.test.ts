import {describe, expect, it} from 'vitest'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'
import {matchAnchors} from '../../src/anchors/match-anchors.js'

const values = (text: string, lang: string) => extractAnchors(text, lang).map((anchor) => `${anchor.kind} ${anchor.value}`)

describe('days of the week', () => {
  it.each([
    {text: 'Voters go to the polls on Sunday.', lang: 'en', expected: ['weekday 7']},
    {text: 'Seçmenler Pazar günü sandık başına gidiyor.', lang: 'tr', expected: ['weekday 7']},
    {text: 'Die Wähler stimmen am Sonntag ab.', lang: 'de', expected: ['name wahler', 'weekday 7']},
    {text: 'Les électeurs votent dimanche.', lang: 'fr', expected: ['weekday 7']},
    {text: 'Alegătorii votează duminică.', lang: 'ro', expected: ['weekday 7']},
    {text: 'Τα αποτελέσματα ανακοινώθηκαν την Κυριακή.', lang: 'el', expected: ['weekday 7']},
    {text: 'Избиратели голосуют в воскресенье.', lang: 'ru', expected: ['weekday 7']},
    {text: 'يدلي الناخبون بأصواتهم يوم الأحد.', lang: 'ar', expected: ['weekday 7']}
  ] as const)('reads the day a $lang text names: $text', ({text, lang, expected}) => {
    expect(values(text, lang)).toStrictEqual(expected)
  })

  it('numbers the days as ISO 8601 does, Monday first', () => {
    expect(values('Monday, Tuesday, Wednesday, Thursday, Friday, Saturday and Sunday', 'en')).toStrictEqual(['weekday 1', 'weekday 2', 'weekday 3', 'weekday 4', 'weekday 5', 'weekday 6', 'weekday 7'])
  })

  it('reads a name with a short case ending that keeps its vowel harmony', () => {
    expect(values('Sunnuntaina ja maanantaina', 'fi')).toStrictEqual(['weekday 7', 'weekday 1'])
    expect(values('Hétfőn és kedden', 'hu')).toStrictEqual(['weekday 1', 'weekday 2'])
    expect(values("Salı'dan Cumartesiye", 'tr')).toStrictEqual(['weekday 2', 'weekday 6'])
  })

  it('reads a Cyrillic name in the accusative, and no word that only starts like one', () => {
    // `среду` (on Wednesday) of `среда`; `среди` (among) and `в среднем` (on average) are no days.
    expect(values('в среду и в пятницу', 'ru')).toStrictEqual(['weekday 3', 'weekday 5'])
    expect(values('среди них, в среднем', 'ru')).toStrictEqual([])
  })

  it('takes a name written with a capital only, where ICU capitalises the names', () => {
    // Greek `τρίτη` is also "third", Turkish `pazar` a market, `Pazarlama` marketing.
    expect(values('η τρίτη φορά', 'el')).toStrictEqual([])
    expect(values('pazar yerinde', 'tr')).toStrictEqual([])
    expect(values('Pazarlama bölümü', 'tr')).toStrictEqual([])
  })

  it('finds the names of Han, kana and Hangul inside a run of text, where they are written', () => {
    expect(extractAnchors('选民将于周日投票', 'zh')).toStrictEqual([{kind: 'weekday', text: '周日', value: '7', start: 4, end: 6}])
    expect(values('2018年6月3日星期日', 'zh')).toStrictEqual(['date 2018-06-03', 'weekday 7'])
    expect(values('有権者は日曜日に投票する。', 'ja')).toStrictEqual(['weekday 7'])
    expect(values('유권자들은 일요일에 투표한다.', 'ko')).toStrictEqual(['weekday 7'])
  })

  it('reads no day in a language ICU does not know', () => {
    expect(values('He came on Sunday', 'und')).toStrictEqual(['name sunday'])
  })

  it('pairs the same day across languages, and not two different days', () => {
    const pairs = (en: string, other: string, lang: string) => matchAnchors(extractAnchors(en, 'en'), extractAnchors(other, lang)).pairs
    expect(pairs('on Sunday', 'Pazar günü', 'tr')).toStrictEqual([[0, 0]])
    expect(pairs('on Sunday', '周日', 'zh')).toStrictEqual([[0, 0]])
    expect(pairs('on Sunday', 'Pazartesi günü', 'tr')).toStrictEqual([])
  })
})
