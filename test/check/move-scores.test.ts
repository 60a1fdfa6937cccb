import {describe, expect, it} from 'vitest'
import {compareAnchors} from '../../src/check/compare-anchors.js'
import {createContext} from '../../src/check/context.js'
import {shapeScore} from '../../src/check/shape-score.js'
import {associationScore, blockStems, learnAssociation} from '../../src/check/word-association.js'
import {buildAlignment, buildDocument, oneToOne} from './helpers/build-alignment.js'

const english = ['The agency opened a new office.', 'The agency hired new staff.', 'The office serves the city.', 'Staff serve the city well.']
const turkish = ['Kurum yeni bir ofis açtı.', 'Kurum yeni personel aldı.', 'Ofis şehre hizmet veriyor.', 'Personel şehre iyi hizmet veriyor.']

describe('learnAssociation', () => {
  it('links stems that keep occurring together, each with its best partners (ties kept)', () => {
    const alignment = buildAlignment(buildDocument(english, {lang: 'en'}), buildDocument(turkish, {lang: 'tr'}), oneToOne(4))
    const {links} = learnAssociation(alignment)
    // agency, kurum and yeni all occur in blocks 0 and 1; city, şehre, hizmet and veriyor in 2 and 3.
    expect([links.get('agenc'), links.get('offic'), links.get('staff'), links.get('city')]).toStrictEqual([
      new Set(['kurum', 'yeni']),
      new Set(['ofis']),
      new Set(['perso']),
      new Set(['sehre', 'hizme', 'veriy'])
    ])
  })

  it('scores a translation above an unrelated block', () => {
    const alignment = buildAlignment(buildDocument(english, {lang: 'en'}), buildDocument(turkish, {lang: 'tr'}), oneToOne(4))
    const association = learnAssociation(alignment)
    const stems = (text: string, lang: string) => blockStems(buildDocument([text], {lang}).blocks[0]!, lang)
    const source = stems('The agency serves the city.', 'en')
    expect(associationScore(association, source, stems('Kurum şehre hizmet veriyor.', 'tr'))).toBeGreaterThan(
      associationScore(association, source, stems('Yeni bir ofis açıldı.', 'tr'))
    )
    expect(associationScore(association, new Set(), source)).toBe(0)
  })
})

describe('shapeScore', () => {
  it('is 1 for blocks of matching length, sentences, names and punctuation', () => {
    const source = buildDocument(['WAPES met in Geneva, in 1988.'], {lang: 'en'})
    const target = buildDocument(['WAPES 1988’de Cenevre’de, toplandı.'], {lang: 'tr'})
    const alignment = buildAlignment(source, target, oneToOne(1))
    const context = createContext(alignment)
    const score = shapeScore(source.blocks[0]!, target.blocks[0]!, 35 / 29, compareAnchors(context, alignment.blocks[0]!))
    expect(score).toBeCloseTo(1, 5)
  })

  it('is low for blocks of different length, sentences and punctuation', () => {
    const source = buildDocument(['One short line here.'], {lang: 'en'})
    const target = buildDocument(['Uzun bir paragraf: birinci cümle; ikinci cümle. Üçüncü cümle, dördüncü cümle! Beşinci cümle?'], {lang: 'tr'})
    const alignment = buildAlignment(source, target, oneToOne(1))
    const score = shapeScore(source.blocks[0]!, target.blocks[0]!, 1, compareAnchors(createContext(alignment), alignment.blocks[0]!))
    expect(score).toBeLessThan(0.4)
  })
})
