import {describe, expect, it} from 'vitest'
import {extractAnchors} from '../../src/anchors/extract-anchors.js'
import {matchAnchors} from '../../src/anchors/match-anchors.js'
import {romanValue} from '../../src/anchors/roman-numeral.js'

/** The pairs of an English text's anchors with those of its translation in `lang`. */
const pairs = (en: string, other: string, lang: string) => matchAnchors(extractAnchors(en, 'en'), extractAnchors(other, lang)).pairs

describe('pairEras', () => {
  it('pairs a decade written by its year with its last two digits', () => {
    expect(pairs('The congregation moved out in the 1930s.', 'La congrégation a quitté les lieux dans les années 30.', 'fr')).toStrictEqual([[0, 0]])
    expect(pairs('The congregation moved out in the 1930s.', 'Община покинула приход в 30-е годы.', 'ru')).toStrictEqual([[0, 0]])
    expect(pairs('in the ’80s', 'in den 1980er Jahren', 'de')).toStrictEqual([[0, 0]])
  })

  it('pairs a decade with its two digits in Han numerals', () => {
    expect(pairs('She accused him of an assault in the 1980s.', '她指控他在上世纪八十年代对其实施了侵害。', 'zh')).toStrictEqual([[0, 0]])
  })

  it('pairs the century a translation adds to a decade (the twentieth century’s thirties)', () => {
    expect(pairs('The congregation moved out in the 1930s.', '会众在 20 世纪 30 年代由此撤出。', 'zh')).toStrictEqual([[0, 0], [0, 1]])
  })

  it('does not take a year for a decade when neither side writes one', () => {
    // A dropped year and an added count stay apart: no letters are glued to either number.
    expect(pairs('In 1980 the people left.', 'Les 80 personnes sont parties.', 'fr')).toStrictEqual([])
  })

  it('pairs a century by its ordinal with its first year', () => {
    expect(pairs('evidence of 19th century opinion', 'ilmentää 1800-luvun mielipiteitä', 'fi')).toStrictEqual([[0, 0]])
    expect(pairs('evidence of 19th century opinion', 'ilmentää 1900-luvun mielipiteitä', 'fi')).toStrictEqual([])
  })

  it('pairs Roman numerals with the number or ordinal of their value', () => {
    expect(pairs('evidence of 19th century opinion', 'la vision qu’on avait au XIXe siècle', 'fr')).toStrictEqual([[0, 0]])
    expect(pairs('evidence of 19th century opinion', 'opinia din secolul al XIX-lea', 'ro')).toStrictEqual([[0, 0]])
    expect(pairs('evidence of 18th century opinion', 'a XIX. század véleménye', 'hu')).toStrictEqual([])
  })
})

describe('romanValue', () => {
  it('reads well-formed numerals of two letters or more below a hundred', () => {
    expect(['ii', 'IV', 'xix', 'XL', 'xc', 'lxxxix'].map((numeral) => romanValue(numeral))).toStrictEqual([2, 4, 19, 40, 90, 89])
  })

  it('leaves one letter and malformed numerals unread', () => {
    expect(['i', 'x', 'iiii', 'iix', 'vx', 'mix'].map((numeral) => romanValue(numeral))).toStrictEqual([undefined, undefined, undefined, undefined, undefined, undefined])
  })
})
