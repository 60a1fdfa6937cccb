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

  it('reports a block whose sentences read as the other side’s language, one level lower', () => {
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
        evidence: {detected: 'en', expected: 'tr'}
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

describe('untranslated: identical by design', () => {
  const pair = (texts: Array<string | {text: string; kind: 'heading' | 'list-item' | 'paragraph' | 'code'}>) =>
    buildAlignment(buildDocument(texts, {lang: 'tr'}), buildDocument(texts, {lang: 'en'}), oneToOne(texts.length))
  const rows = (alignment: ReturnType<typeof pair>) =>
    summarize(check(alignment, only)).map((finding) => [finding.rule, finding.severity, finding.source, finding.target])

  it('leaves template tags, include lines, paths and log lines alone', () => {
    const texts = [
      '{* ../../docs_src/query_params/tutorial001_py310.py hl[9] *}',
      '{% include admonitions/note.html content="the text of the note" %}',
      '{{ page.lang }} and {{ site.title }}',
      'express:router:route new / +0ms',
      'loopback - 127.0.0.1/8, ::1/128'
    ]
    expect(rows(pair(texts))).toStrictEqual([])
  })

  it('leaves titles kept in their language alone: led by a name, or written in title case outside headings', () => {
    const texts = [
      {text: 'A04:2021 – Insecure Design', kind: 'heading' as const},
      {text: 'OWASP Cheat Sheet: Secure Design Principles', kind: 'list-item' as const},
      {text: 'NIST – Guidelines on Minimum Standards for Developer Verification of Software', kind: 'list-item' as const},
      {text: 'The Threat Modeling Manifesto', kind: 'list-item' as const}
    ]
    expect(rows(pair(texts))).toStrictEqual([])
  })

  it('reports English sentences and short English lines left in the Turkish side', () => {
    const code = {text: 'winget install starship', kind: 'code' as const}
    const texts = ['Install the starship binary:', code, 'With Winget:', code, 'How-To at a glance', code, '[!WARNING] Only elvish v0.18 or higher is supported.']
    expect(rows(pair(texts))).toStrictEqual([
      ['untranslated', 'error', 0, 0],
      ['untranslated', 'error', 2, 2],
      ['untranslated', 'error', 4, 4],
      ['untranslated', 'error', 6, 6]
    ])
  })

  it('reports a title-case heading of ordinary words over a translated section, not one over an untranslated one', () => {
    const source = buildDocument(
      [
        {text: 'Secure Design', kind: 'heading'},
        'Secure design, tehditleri sürekli değerlendiren bir kültür ve metodolojidir.',
        {text: 'Secure Development', kind: 'heading'},
        'Secure development is a culture and a methodology.'
      ],
      {lang: 'tr'}
    )
    const target = buildDocument(
      [
        {text: 'Secure Design', kind: 'heading'},
        'Secure design is a culture and methodology that evaluates threats.',
        {text: 'Secure Development', kind: 'heading'},
        'Secure development is a culture and a methodology.'
      ],
      {lang: 'en'}
    )
    source.sections = [{heading: 0, blocks: [0, 1]}, {heading: 2, blocks: [2, 3]}]
    // The heading over the untranslated paragraph is left to that paragraph's finding.
    expect(rows(buildAlignment(source, target, oneToOne(4)))).toStrictEqual([
      ['untranslated', 'error', 0, 0],
      ['untranslated', 'error', 3, 3]
    ])
  })

  it('reads a Turkish sentence full of English terms as Turkish, and reports the English sentence after it', () => {
    const source = buildDocument(
      [
        "Kritik authentication, access control, business logic ve key flow'lar için threat modeling kullanın.",
        'Cmd ile beraber Clink kullanmanız gerekir. Add the following to a file starship.lua and place this file in Clink scripts directory:'
      ],
      {lang: 'tr'}
    )
    const target = buildDocument(
      ['Use threat modeling for critical authentication, access control, business logic, and key flows.', 'You need to use Clink with Cmd. Add the following to a file starship.lua and place this file in Clink scripts directory:'],
      {lang: 'en'}
    )
    expect(summarize(check(buildAlignment(source, target, oneToOne(2)), only))).toStrictEqual([
      {
        rule: 'untranslated',
        severity: 'warning',
        message: 'Sentence is written in en, the language of the other side, not in tr',
        source: 1,
        target: null,
        evidence: {detected: 'en', expected: 'tr'}
      }
    ])
  })
})

describe('untranslated: page-level findings', () => {
  const menu = ['Open the settings', 'Save the file', 'Close the window']

  it('reports a run of three or more adjacent untranslated lines once, over the whole run', () => {
    const source = buildDocument(['Uygulamanın menüsü şöyledir:', ...menu, 'Menüden birini seçin.'], {lang: 'tr'})
    const target = buildDocument(['The menu of the application is as follows:', ...menu, 'Choose one of the menu.'], {lang: 'en'})
    const findings = check(buildAlignment(source, target, oneToOne(5)), only)
    expect(summarize(findings)).toStrictEqual([
      {rule: 'untranslated', severity: 'error', message: '3 blocks in a row are left untranslated', source: 1, target: 1, evidence: {blocks: 3}}
    ])
    expect([findings[0]?.sourceLocation?.line, findings[0]?.sourceLocation?.endLine]).toStrictEqual([3, 7])
  })

  it('reports a side written wholly in the other language once, for the whole document', () => {
    const english = [
      'Add the following to the end of your configuration.',
      'This will change in the future.',
      'Only the newest version is supported.',
      'You can check the location of this file.',
      'For older versions the file might be elsewhere.'
    ]
    const source = buildDocument(english, {lang: 'tr'})
    const target = buildDocument(english.map((text) => text.replace('.', ' now.')), {lang: 'en'})
    expect(summarize(check(buildAlignment(source, target, oneToOne(5)), only))).toStrictEqual([
      {
        rule: 'untranslated',
        severity: 'warning',
        message: 'The source is left untranslated: 5 of its 5 blocks are in the other language or identical to the other side',
        source: 0,
        target: null,
        evidence: {blocks: 5, of: 5}
      }
    ])
  })
})

describe('untranslated: both documents in one language', () => {
  it('reports once, for the two documents, a pair detected in one language with no second language on either side', () => {
    const source = buildDocument(['Install the binary first.', 'Then add the init script.'], {lang: 'en'})
    const target = buildDocument(['Install the starship binary.', 'Then add the init script to your shell.'], {lang: 'en'})
    expect(summarize(check(buildAlignment(source, target, oneToOne(2)), only))).toStrictEqual([
      {
        rule: 'untranslated',
        severity: 'warning',
        message: 'Both documents are written in en: one of them is left untranslated?',
        source: 0,
        target: 0,
        evidence: {detected: 'en'}
      }
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
