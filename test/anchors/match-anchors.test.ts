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

  it('pairs acronyms whose letters come in another order, as a language that puts the adjective last writes them', () => {
    const english = extractAnchors('to join the EU and NATO, with the IMF', 'en')
    const french = extractAnchors('pour rejoindre l’UE et l’OTAN, avec le FMI', 'fr')
    expect(matchAnchors(english, french)).toStrictEqual({pairs: [[0, 0], [1, 1], [2, 2]], sourceOnly: [], targetOnly: []})
    // Other letters, or as many letters in another number, stay apart.
    expect(matchAnchors(extractAnchors('the UN and the EU', 'en'), extractAnchors('l’ONU et l’UEE', 'fr')).pairs).toStrictEqual([])
  })

  it('pairs a decade of Fahrenheit degrees with a Celsius temperature in it, and no other', () => {
    const english = extractAnchors('a warm start with widespread 80s', 'en')
    expect(matchAnchors(english, extractAnchors('warm, bis 27 Grad', 'de')).pairs).toStrictEqual([[0, 0]])
    // 35 °C is 95 °F, and a decade of years is no temperature.
    expect(matchAnchors(english, extractAnchors('mit 35 Grad', 'de')).pairs).toStrictEqual([])
    expect(matchAnchors(extractAnchors('in the 80s', 'en'), extractAnchors('im Jahr 27', 'de')).pairs).toStrictEqual([])
  })

  it('leaves differing numbers unpaired', () => {
    expect(match('%21 ve 1.250', '12% and 1,520')).toStrictEqual({pairs: [], sourceOnly: [0, 1], targetOnly: [0, 1]})
  })

  it('pairs a range of a measure with its conversion, whichever way the range is joined', () => {
    const inches = extractAnchors('Locally, 1 to 4 inches of rain will fall.', 'en')
    expect(inches.map((anchor) => [anchor.kind, anchor.value, anchor.unit])).toStrictEqual([['range', '1..4', 'inch']])
    const centimetres = extractAnchors('Lokal fallen 2,5 bis 10 Zentimeter Regen.', 'de')
    expect(matchAnchors(inches, centimetres, {sourceLang: 'en', targetLang: 'de'})).toStrictEqual({pairs: [[0, 0]], sourceOnly: [], targetOnly: []})
    // 2 in = 5.08 cm, 4 in = 10.16 cm; Russian writes the range with a dash.
    const russian = extractAnchors('прогнозируют 5–10 сантиметров осадков', 'ru')
    expect(matchAnchors(extractAnchors('predict 2 to 4 inches of rain', 'en'), russian).pairs).toStrictEqual([[0, 0]])
  })

  it('pairs a range with the two numbers of its ends, by value or converted', () => {
    expect(match('2015-2018 yılları arasında', 'from 2015 to 2018')).toStrictEqual({pairs: [[0, 0], [0, 1]], sourceOnly: [], targetOnly: []})
    expect(match('2015-2018 yılları arasında', 'from 2018 to 2015').pairs).toStrictEqual([])
    // The Arabic unit word is not read: its amounts are plain numbers.
    const arabic = extractAnchors('من 1 إلى 4 بوصات', 'ar')
    expect(matchAnchors(extractAnchors('1 to 4 inches', 'en'), arabic).pairs).toStrictEqual([[0, 0], [0, 1]])
  })

  it('pairs names across Cyrillic or Greek and Latin letters as cognates once carried over', () => {
    const english = extractAnchors('However, supporters of the vote, including the prime minister Zoran Zaev, want to join NATO and the EU.', 'en')
    const russian = extractAnchors('Однако сторонники голосования, в том числе премьер-министр Зоран Заев, хотят вступить в НАТО и ЕС.', 'ru')
    expect([english.map((anchor) => anchor.value), russian.map((anchor) => anchor.value)]).toStrictEqual([
      ['zoran', 'zaev', 'nato', 'eu'],
      ['зоран', 'заев', 'нато', 'ес']
    ])
    // `EU` is `ЕС` by translation (Европейский союз), not by its letters: it stays unpaired.
    expect(matchAnchors(english, russian)).toStrictEqual({pairs: [[0, 0], [1, 1], [2, 2]], sourceOnly: [3], targetOnly: [3]})
    const greek = extractAnchors('Η συγγραφέας ζει στο Λονδίνο εδώ και χρόνια.', 'el')
    expect(matchAnchors(extractAnchors('The writer has lived in London for years.', 'en'), greek).pairs).toStrictEqual([[0, 0]])
  })

  it('pairs a score with its two numbers either way round, but a span only in order', () => {
    // A score read as a range that goes down: German and Chinese give the trailing side first.
    const score = extractAnchors('trailing 1-0 at half time', 'en')
    expect(matchAnchors(score, extractAnchors('bei 0:1-Rückstand zur Pause', 'de')).pairs).toStrictEqual([[0, 0], [0, 1]])
    expect(matchAnchors(score, extractAnchors('半场0:1落后', 'zh')).pairs).toStrictEqual([[0, 0], [0, 1]])
    // 2015-18 goes down too, but with fewer digits at its end: a span, kept in order.
    expect(matchAnchors(extractAnchors('from 2015-18', 'en'), extractAnchors('von 18 bis 2015', 'de')).pairs).toStrictEqual([])
  })

  it('reads a unit word with a case ending, and the longer unit it starts', () => {
    const german = extractAnchors('mit 136 Kilometern pro Stunde, 620 Kilometern südlich', 'de')
    expect(german.map((anchor) => anchor.unit)).toStrictEqual(['kilometer-per-hour', 'kilometer'])
    // 85 mph = 136.8 km/h, 385 miles = 619.6 km.
    expect(matchAnchors(extractAnchors('at 85 miles per hour, 385 miles south', 'en'), german).pairs).toStrictEqual([[0, 0], [1, 1]])
    // 30 yards = 27.4 m; Russian `метрах` is `метр` in the prepositional plural.
    expect(matchAnchors(extractAnchors('about 30 yards out', 'en'), extractAnchors('в 27 метрах от ворот', 'ru')).pairs).toStrictEqual([[0, 0]])
  })

  it('reads a bare degree on either scale or as a difference, and kilo as a kilogram', () => {
    // German capitalises its nouns (read as names): the amounts alone here.
    const amounts = (text: string, lang: string) => extractAnchors(text, lang).filter((anchor) => anchor.kind === 'number')
    // 80 °F = 26.7 °C; 10 °F warmer = 5.6 °C warmer (a difference, no offset).
    const german = amounts('Die Stadt könnte 27 ºC erreichen, etwa 6 Grad über dem Durchschnitt', 'de')
    expect(german.map((anchor) => anchor.unit)).toStrictEqual(['celsius', 'degree'])
    expect(matchAnchors(amounts('The city could reach 80 degrees, about 10 degrees above average', 'en'), german).pairs).toStrictEqual([[0, 0], [1, 1]])
    expect(matchAnchors(amounts('could reach 80 degrees', 'en'), amounts('könnte 35 ºC erreichen', 'de')).pairs).toStrictEqual([])
    // 550 lb = 249.5 kg.
    expect(matchAnchors(amounts('the 550 pound hog', 'en'), amounts('das 250 Kilo schwere Schwein', 'de')).pairs).toStrictEqual([[0, 0]])
  })

  it('does not read Chinese and Japanese 度 as a degree: it also counts times', () => {
    expect(extractAnchors('18試合で2度目の敗北', 'ja').map((anchor) => [anchor.kind, anchor.value, anchor.unit])).toStrictEqual([['number', '18', undefined], ['number', '2', undefined]])
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
