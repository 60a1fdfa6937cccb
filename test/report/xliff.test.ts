import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import type {Alignment} from '../../src/align/types.js'
import {check} from '../../src/check/check.js'
import {toCheckReport} from '../../src/check/to-check-report.js'
import {readDocument} from '../../src/document/read-document.js'
import type {FindingJson} from '../../src/check/types.js'
import type {BitextDocument, Block} from '../../src/document/types.js'
import {readXliff} from '../../src/format/read-xliff.js'
import type {XliffDocument} from '../../src/format/xliff.js'
import {writeXliff} from '../../src/format/xliff.js'
import {toXliff} from '../../src/report/xliff.js'
import {hasXmllint, xliffSchemaErrors} from '../format/xliff-schema.js'

/** A document whose blocks hold the given sentences, numbered in reading order. */
function document(lang: string, file: string, blocks: string[][]): BitextDocument {
  let next = 0
  const built = blocks.map((sentences, index): Block => {
    const position = {start: {line: index + 1, column: 1, offset: 0}, end: {line: index + 1, column: 1, offset: 0}}
    return {
      index, kind: 'paragraph', text: sentences.join(' '), lang, langConfidence: 1, translatable: true, position,
      sentences: sentences.map((text) => ({index: next++, block: index, text, start: 0, end: text.length, line: index + 1}))
    }
  })
  return {lang, langConfidence: 1, format: 'text', path: file, blocks: built, sections: []}
}

const alignment: Alignment = {
  source: document('tr', 'docs/tr.txt', [['WAPES 1988’de kuruldu.', 'Merkezi Brüksel’dedir.'], ['Bakü’de toplantı yapıldı.']]),
  target: document('en', 'docs/en.txt', [['WAPES was founded in 1988 & is based in <Brussels>.'], ['A new meeting was held.']]),
  blocks: [{source: [0], target: [0], score: 0.9}, {source: [1], target: [], score: 0.8}, {source: [], target: [1], score: 0.7}],
  sentences: [{source: [0, 1], target: [0], score: 0.92}, {source: [2], target: [], score: 0.8}, {source: [], target: [1], score: 0.7}]
}

const place = {line: 1, column: 1, endLine: 1, endColumn: 2, text: ''}
const findings: FindingJson[] = [
  {rule: 'only-in-target', severity: 'error', message: 'No counterpart in the source.', source: null,
    target: {...place, block: 1}, evidence: {}, fingerprint: 'f2'},
  {rule: 'only-in-source', severity: 'error', message: 'No counterpart in the target.',
    source: {...place, block: 1, sentence: 2}, target: null, evidence: {}, fingerprint: 'f1'},
  {rule: 'name-mismatch', severity: 'info', message: 'Brüksel = Brussels.', source: {...place, block: 0}, target: null,
    evidence: {}, fingerprint: 'f3'}
]

const expected = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="docs/tr.txt" source-language="tr" target-language="en" datatype="plaintext">
    <header>
      <tool tool-id="bitext" tool-name="bitext"/>
    </header>
    <body>
      <trans-unit id="0">
        <source>WAPES 1988’de kuruldu. Merkezi Brüksel’dedir.</source>
        <target xml:lang="en" state="translated">WAPES was founded in 1988 &amp; is based in &lt;Brussels&gt;.</target>
        <note from="bitext">info name-mismatch: Brüksel = Brussels.</note>
      </trans-unit>
      <trans-unit id="1">
        <source>Bakü’de toplantı yapıldı.</source>
        <target xml:lang="en" state="needs-translation"></target>
        <note from="bitext">error only-in-source: No counterpart in the target.</note>
      </trans-unit>
      <trans-unit id="2">
        <source></source>
        <target xml:lang="en" state="needs-review-translation">A new meeting was held.</target>
        <note from="bitext">error only-in-target: No counterpart in the source.</note>
      </trans-unit>
    </body>
  </file>
</xliff>
`

describe('toXliff', () => {
  it('writes one trans-unit per sentence bead, with state from the score and findings, and notes', () => {
    expect(toXliff(alignment, {findings})).toBe(expected)
  })

  it('asks for review below the given score, and takes the given original', () => {
    const units = readXliff(toXliff(alignment, {reviewBelow: 0.95, original: 'x.txt'}))
    expect([units.original, units.units.map((unit) => unit.state)]).toStrictEqual([
      'x.txt', ['needs-review-translation', 'needs-translation', 'needs-review-translation']
    ])
  })

  it('writes characters XML cannot carry as U+FFFD, and keeps a carriage return and attribute white space', () => {
    const xliff = writeXliff({sourceLang: 'tr', targetLang: 'en', original: 'a"b', units: [
      {id: '1', source: 'a\u0001b\uD800c', target: 'ok', notes: []}
    ]})
    expect(xliff).toContain('original="a&quot;b"')
    expect(xliff).toContain('<source>a\uFFFDb\uFFFDc</source>')
    expect(xliff).toContain('<target xml:lang="en">ok</target>')
    const spaced = writeXliff({sourceLang: 'tr', targetLang: 'en', original: 'a\tb\nc', units: [{id: '1', source: 'x\r\ny', target: '', notes: []}]})
    expect(spaced).toContain('original="a&#9;b&#10;c"')
    expect(spaced).toContain('<source>x&#13;\ny</source>')
  })

  it('rejects what is not an alignment', () => {
    expect(() => toXliff({sentences: []} as unknown as Alignment)).toThrow(
      new TypeError('toXliff: expected an Alignment ({source, target, blocks, sentences}); pass the result of `align`')
    )
  })

  it.skipIf(!hasXmllint)('is valid against the XLIFF 1.2 strict schema (xmllint)', () => {
    expect(xliffSchemaErrors(toXliff(alignment, {findings}), '1.2')).toBe('')
    expect(xliffSchemaErrors(expected.replace('state="translated"', 'state="done"'), '1.2')).toContain('fails to validate')
  })
})

describe('toXliff on the seed pair', () => {
  it('notes the four divergences on their units and stays valid', async () => {
    const seed = 'fixtures/iskur-international-relations'
    const real = align(await readDocument(`${seed}/tr.txt`), await readDocument(`${seed}/en.txt`))
    const xliff = toXliff(real, {findings: toCheckReport(real, check(real)).findings})
    const noted = readXliff(xliff).units.filter((unit) => unit.notes.length > 0)
    // Notes read `<severity> <rule>: <message>`; the rule and the state are what matter here.
    const rule = (note: string) => note.split(':')[0]!.split(' ')[1]
    expect(noted.map((unit) => [unit.notes.map(rule), unit.state])).toStrictEqual([
      [['only-in-source'], 'needs-translation'],
      [['only-in-target'], 'needs-review-translation'],
      [['divergent'], 'needs-review-translation'],
      [['only-in-source'], 'needs-translation']
    ])
    if (hasXmllint) expect(xliffSchemaErrors(xliff, '1.2')).toBe('')
  })
})

describe('readXliff', () => {
  it('reads back what toXliff wrote', () => {
    expect(readXliff(expected)).toStrictEqual({
      sourceLang: 'tr', targetLang: 'en', original: 'docs/tr.txt',
      units: [
        {id: '0', source: 'WAPES 1988’de kuruldu. Merkezi Brüksel’dedir.', target: 'WAPES was founded in 1988 & is based in <Brussels>.',
          state: 'translated', notes: ['info name-mismatch: Brüksel = Brussels.']},
        {id: '1', source: 'Bakü’de toplantı yapıldı.', target: '', state: 'needs-translation', notes: ['error only-in-source: No counterpart in the target.']},
        {id: '2', source: '', target: 'A new meeting was held.', state: 'needs-review-translation', notes: ['error only-in-target: No counterpart in the source.']}
      ],
      version: '1.2'
    })
  })

  it('takes the reviewer’s target: inline elements as placeholders, <mrk> text kept, alt-trans left out, whitespace collapsed', () => {
    const edited = `<?xml version="1.0"?>
<x:xliff version="1.2" xmlns:x="urn:oasis:names:tc:xliff:document:1.2">
 <x:file original="tr.txt" source-language="tr-TR" target-language="en-GB" datatype="plaintext"><x:body>
  <x:trans-unit id="7">
   <x:source>Bakü’de <x:g id="1">toplantı</x:g> yapıldı.</x:source>
   <x:target state="final">A meeting was held
      in <x:mrk mtype="term">Baku</x:mrk><x:ph id="2">&lt;br/&gt;</x:ph><![CDATA[ & more]]>.</x:target>
   <x:alt-trans><x:target>Old machine text</x:target></x:alt-trans>
  </x:trans-unit>
  <x:trans-unit id="8"><x:source>Yalnız kaynak.</x:source></x:trans-unit>
 </x:body></x:file>
</x:xliff>`
    expect(readXliff(edited)).toStrictEqual({
      sourceLang: 'tr-TR', targetLang: 'en-GB', original: 'tr.txt',
      units: [
        {id: '7', source: 'Bakü’de \uE000toplantı\uE001 yapıldı.', target: 'A meeting was held in Baku\uE000 & more.', state: 'final', notes: [],
          sourceTags: ['<g id="1">', '</g>'], targetTags: ['<ph id="2">&lt;br/&gt;</ph>']},
        {id: '8', source: 'Yalnız kaynak.', target: '', notes: []}
      ],
      version: '1.2'
    })
  })

  it('rejects what is not a string', () => {
    expect(() => readXliff(Buffer.from('<xliff/>') as unknown as string)).toThrow(
      new TypeError('readXliff: expected the text of an XLIFF file (a string)')
    )
  })

  const bad = [
    {name: 'malformed XML', text: '<xliff version="1.2"><file>', code: 'malformed-xml'},
    {name: 'another root', text: '<tmx version="1.4"/>', code: 'not-xliff'},
    {name: 'XLIFF 3.0', text: '<xliff version="3.0"><file id="f"/></xliff>', code: 'unsupported-xliff'},
    {name: 'no file element', text: '<xliff version="1.2"/>', code: 'not-xliff'}
  ]
  it.each(bad)('throws InputError on $name', ({text, code}) => {
    expect(() => readXliff(text)).toThrow(expect.objectContaining({name: 'InputError', code}))
  })
})

describe('writeXliff then readXliff', () => {
  // Attribute values without tabs or line breaks (XML normalises those to spaces).
  // Texts as readXliff gives them back: characters XML can carry, whitespace collapsed and trimmed.
  const text = fc
    .string({unit: fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", ' ', '\n', 'İ', 'ı', '’', '\u{1F600}'), fc.string({unit: 'binary', minLength: 1, maxLength: 1}))})
    .map((value) => value.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '').replace(/\s+/g, ' ').trim())
  const unit = fc.record({
    id: fc.string({minLength: 1}).map((id) => id.replace(/[^\u0020-\uD7FF\uE000-\uFFFD]/gu, 'x')),
    source: text,
    target: text,
    state: fc.constantFrom('translated', 'needs-translation', 'final'),
    notes: fc.array(text, {maxLength: 2})
  }, {noNullPrototype: true})
  const xliffDocument = fc.record({
    sourceLang: fc.constantFrom('tr', 'en', 'de-DE'),
    targetLang: fc.constantFrom('tr', 'en', 'pt-BR'),
    original: fc.string().map((value) => value.replace(/[^\u0020-\uD7FF\uE000-\uFFFD]/gu, '')),
    units: fc.array(unit, {maxLength: 5})
  }, {noNullPrototype: true})

  it('gives back the same document', () => {
    fc.assert(
      fc.property(xliffDocument, (document: XliffDocument) => {
        expect(readXliff(writeXliff(document))).toStrictEqual({...document, version: '1.2'})
      })
    )
  })
})
