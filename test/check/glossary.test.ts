import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {parseGlossary} from '../../src/check/parse-glossary.js'
import {termOccurs} from '../../src/check/term-occurs.js'
import {InputError} from '../../src/input-error.js'
import {buildAlignment, buildDocument, oneToOne} from './helpers/build-alignment.js'
import {summarize} from './helpers/summarize.js'

describe('termOccurs', () => {
  it.each([
    {text: 'İŞKUR’un çalışmaları', term: 'İŞKUR', lang: 'tr', expected: true},
    {text: "Türkiye'nin kurumları", term: 'kurum', lang: 'tr', expected: true},
    {text: 'Birliğe 2003 yılında katıldı', term: 'birlik', lang: 'tr', expected: true},
    {text: 'iş birliği', term: 'İş Birliği', lang: 'tr', expected: true},
    {text: 'ISKUR hosted it', term: 'İŞKUR', lang: 'tr', expected: false},
    {text: 'the employment agencies', term: 'employment agency', lang: 'en', expected: true},
    {text: "the agency's work", term: 'agency', lang: 'en', expected: true},
    {text: 'agencywide', term: 'agency', lang: 'en', expected: false},
    {text: 'Arbeitsamt', term: 'Arbeit', lang: 'de', expected: false},
    {text: 'anything', term: '  ', lang: 'en', expected: false}
  ])('$term in “$text” ($lang): $expected', ({text, term, lang, expected}) => {
    expect(termOccurs(text, term, lang)).toBe(expected)
  })
})

describe('parseGlossary', () => {
  it('reads rows, quoted fields, alternatives, and skips a header, blanks and comments', () => {
    expect(parseGlossary('source,target\n# comment\n\nİŞKUR,İŞKUR,Turkish Employment Agency\n"iş, güç","work, power"\n"say ""hi""",selam\n')).toStrictEqual([
      {source: 'İŞKUR', target: ['İŞKUR', 'Turkish Employment Agency']},
      {source: 'iş, güç', target: ['work, power']},
      {source: 'say "hi"', target: ['selam']}
    ])
  })

  it('rejects a row without a translation, naming it', () => {
    expect(() => parseGlossary('kurum,institution\nbirlik\n')).toThrow(new InputError('bad-glossary', "glossary row 2: expected 'term,translation', got 'birlik'"))
  })
})

describe('glossary', () => {
  const source = buildDocument(['İŞKUR’un kurumları toplandı.', 'Kurumlar hakkında.'], {lang: 'tr'})
  const target = buildDocument(['The institutions of İŞKUR met.', 'About the agencies.'], {lang: 'en'})
  const alignment = buildAlignment(source, target, oneToOne(2))
  const glossary = [{source: 'kurum', target: ['agency']}, {source: 'İŞKUR', target: ['İŞKUR']}]

  it('reports a block whose source has a term and whose target lacks every translation', () => {
    expect(summarize(check(alignment, {glossary}))).toStrictEqual([
      {
        rule: 'glossary',
        severity: 'warning',
        message: 'Glossary: “kurum” should be translated as “agency”',
        source: 0,
        target: 0,
        evidence: {term: 'kurum', expected: ['agency']}
      }
    ])
  })

  it('can be switched off', () => {
    expect(check(alignment, {glossary, rules: {glossary: 'off'}})).toStrictEqual([])
  })
})
