import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {parseGlossary} from '../../src/check/parse-glossary.js'
import {parseTbx} from '../../src/check/parse-tbx.js'
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
    {text: 'anything', term: '  ', lang: 'en', expected: false},
    {text: "Signature de l'accepteur", term: 'accepteur', lang: 'fr', expected: true},
    {text: 'le montant d’un effet', term: 'un effet', lang: 'fr-FR', expected: true},
    {text: "L'Accepteur signe", term: "l'accepteur", lang: 'fr', expected: true},
    {text: "la data dell'anno", term: 'anno', lang: 'it', expected: true},
    {text: "l'accepteur", term: 'accepteur', lang: 'en', expected: false}
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

  it('highlights the glossary term in the source only', () => {
    expect(check(alignment, {glossary}).map((finding) => finding.highlight)).toStrictEqual([{source: ['kurum']}])
  })

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

describe('parseTbx', () => {
  it('reads TBX-Basic concepts into entries for each direction', () => {
    const tbx = `<?xml version="1.0"?>
<martif type="TBX"><text><body>
  <termEntry id="c1">
    <langSet xml:lang="en"><tig><term>employment agency</term></tig></langSet>
    <langSet xml:lang="tr-TR"><tig><term>istihdam kurumu</term></tig><tig><term>İŞKUR</term></tig></langSet>
  </termEntry>
  <termEntry id="c2"><langSet xml:lang="en"><tig><term>only English</term></tig></langSet></termEntry>
</body></text></martif>`
    expect(parseTbx(tbx)).toStrictEqual([
      {source: 'employment agency', target: ['istihdam kurumu', 'İŞKUR'], sourceLang: 'en', targetLang: 'tr'},
      {source: 'istihdam kurumu', target: ['employment agency'], sourceLang: 'tr', targetLang: 'en'},
      {source: 'İŞKUR', target: ['employment agency'], sourceLang: 'tr', targetLang: 'en'}
    ])
  })

  it('reads TBX v3 concept entries', () => {
    const tbx = '<tbx><text><body><conceptEntry><langSec xml:lang="tr"><termSec><term>kurum</term></termSec></langSec><langSec xml:lang="en"><termSec><term>agency</term></termSec></langSec></conceptEntry></body></text></tbx>'
    expect(parseTbx(tbx)).toStrictEqual([
      {source: 'kurum', target: ['agency'], sourceLang: 'tr', targetLang: 'en'},
      {source: 'agency', target: ['kurum'], sourceLang: 'en', targetLang: 'tr'}
    ])
  })

  it('rejects malformed XML with an InputError', () => {
    expect(() => parseTbx('<martif><termEntry>')).toThrow(InputError)
  })

  it('applies entries only to pairs of their languages', () => {
    const source = buildDocument(['Kurum toplandı.'], {lang: 'tr'})
    const target = buildDocument(['The office met.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, oneToOne(1))
    const entries = parseTbx('<tbx><conceptEntry><langSec xml:lang="tr"><term>kurum</term></langSec><langSec xml:lang="en"><term>agency</term></langSec></conceptEntry></tbx>')
    expect(summarize(check(alignment, {glossary: entries})).map((finding) => finding.message)).toStrictEqual(['Glossary: “kurum” should be translated as “agency”'])
    const reversed = buildAlignment(target, source, oneToOne(1))
    expect(check(reversed, {glossary: entries.filter((entry) => entry.sourceLang === 'tr')})).toStrictEqual([])
  })

  it('works for a French-English pair with the languages taken from the TBX, elision and all', () => {
    const source = buildDocument(["La lettre de change est signée par l'accepteur."], {lang: 'fr'})
    const target = buildDocument(['The bill of exchange is signed by the drawee.'], {lang: 'en'})
    const entries = parseTbx(
      '<tbx><conceptEntry><langSec xml:lang="fr-FR"><termSec><term>accepteur</term></termSec></langSec><langSec xml:lang="en-GB"><termSec><term>acceptor</term></termSec></langSec></conceptEntry></tbx>'
    )
    const alignment = buildAlignment(source, target, oneToOne(1))
    expect(summarize(check(alignment, {glossary: entries})).map((finding) => finding.message)).toStrictEqual(['Glossary: “accepteur” should be translated as “acceptor”'])
  })
})
