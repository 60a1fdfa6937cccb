import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {buildAlignment, buildDocument, oneToOne} from './helpers/build-alignment.js'
import {summarize} from './helpers/summarize.js'

const only = {rules: {'only-in-source': 'off', 'only-in-target': 'off', duplicate: 'off'}} as const

describe('untranslated', () => {
  it('reports a target block identical to its source (white space and quotes aside)', () => {
    const source = buildDocument(['Then, pass “filterText” and inStockOnly to ProductTable as props:'], {lang: 'en'})
    const target = buildDocument(['Then, pass "filterText"  and inStockOnly to ProductTable as props:'], {lang: 'tr'})
    expect(summarize(check(buildAlignment(source, target, oneToOne(1)), only))).toStrictEqual([
      {rule: 'untranslated', severity: 'error', message: 'Target is identical to the source: left untranslated?', source: 0, target: 0, evidence: {identical: true}}
    ])
  })

  it('leaves identical code, names-only and numbers-only blocks alone', () => {
    const blocks = [{text: 'npm install react and run it', kind: 'code' as const}, 'Apple, Dragonfruit, Spinach', 'WAPES 2015-2018 OIC-PESNET']
    const alignment = buildAlignment(buildDocument(blocks, {lang: 'en'}), buildDocument(blocks, {lang: 'tr'}), oneToOne(3))
    expect(check(alignment, only)).toStrictEqual([])
  })

  it('reports a block confidently detected in the other side’s language, one level lower', () => {
    const english = 'React makes this data flow explicit, but it requires a little more typing than two-way data binding.'
    const source = buildDocument([english], {lang: 'en'})
    const target = buildDocument([{text: english.replace('React', 'Bu'), lang: 'en', langConfidence: 0.9}], {lang: 'tr'})
    expect(summarize(check(buildAlignment(source, target, oneToOne(1)), only))).toStrictEqual([
      {
        rule: 'untranslated',
        severity: 'warning',
        message: 'Block is written in en, the language of the other side, not in tr',
        source: null,
        target: 0,
        evidence: {detected: 'en', confidence: 0.9, expected: 'tr'}
      }
    ])
  })

  it('does not trust language detection on short or unsure blocks', () => {
    const source = buildDocument(['A short English line.', 'Another line that is long enough to be judged by language detection.'], {lang: 'en'})
    const target = buildDocument(
      [
        {text: 'Kısa bir satır oldu.', lang: 'en', langConfidence: 1},
        {text: 'Dil tespiti tarafından değerlendirilecek kadar uzun olan başka bir satır buradadır.', lang: 'en', langConfidence: 0.2}
      ],
      {lang: 'tr'}
    )
    expect(check(buildAlignment(source, target, oneToOne(2)), only)).toStrictEqual([])
  })

  it('checks the source side too: an English page can carry Turkish text', () => {
    const turkish = 'Bu paragraf kaynak belgede kalmış ama yine de Türkçe yazılmış uzun bir paragraftır.'
    const source = buildDocument([{text: turkish, lang: 'tr', langConfidence: 0.8}], {lang: 'en'})
    const target = buildDocument(['Bu paragraf hedef belgede de var ve Türkçe yazılmış.'], {lang: 'tr'})
    expect(summarize(check(buildAlignment(source, target, oneToOne(1)), only)).map((finding) => [finding.rule, finding.source, finding.target])).toStrictEqual([
      ['untranslated', 0, null]
    ])
  })
})

describe('wrong-language', () => {
  it('reports a long block confidently in a third language', () => {
    const german = 'Dieser lange Absatz ist weder türkisch noch englisch, sondern deutsch geschrieben und sollte auffallen, weil er hier nicht hingehört.'
    const source = buildDocument(['This paragraph is in English.'], {lang: 'en'})
    const target = buildDocument([{text: german, lang: 'de', langConfidence: 0.9}], {lang: 'tr'})
    expect(summarize(check(buildAlignment(source, target, oneToOne(1)), only))).toStrictEqual([
      {
        rule: 'wrong-language',
        severity: 'warning',
        message: 'Block is written in de, neither en nor tr',
        source: null,
        target: 0,
        evidence: {detected: 'de', confidence: 0.9, expected: ['en', 'tr']}
      }
    ])
  })

  it('is quiet when both documents were detected in one language', () => {
    const german = 'Dieser lange Absatz ist weder türkisch noch englisch, sondern deutsch geschrieben und sollte auffallen, weil er hier nicht hingehört.'
    const source = buildDocument(['This paragraph is in English.'], {lang: 'en'})
    const target = buildDocument([{text: german, lang: 'de', langConfidence: 0.9}], {lang: 'en'})
    expect(check(buildAlignment(source, target, oneToOne(1)), only)).toStrictEqual([])
  })

  it('is quiet when a side’s language is unknown, or the block is short', () => {
    const source = buildDocument(['This paragraph is in English.'], {lang: 'und'})
    const target = buildDocument([{text: 'Kurz und deutsch, aber zu kurz.', lang: 'de', langConfidence: 1}], {lang: 'tr'})
    expect(check(buildAlignment(source, target, oneToOne(1)), only)).toStrictEqual([])
    const english = buildDocument(['This paragraph is in English.'], {lang: 'en'})
    expect(check(buildAlignment(english, target, oneToOne(1)), only)).toStrictEqual([])
  })
})
