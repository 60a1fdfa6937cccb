import {describe, expect, it} from 'vitest'
import {readXliff} from '../../src/format/read-xliff.js'
import {writeXliff2} from '../../src/format/xliff2.js'
import {hasXmllint, xliffSchemaErrors} from './xliff-schema.js'
import {xliff2Problems} from './xliff2-structure.js'

const document = {
  sourceLang: 'tr', targetLang: 'en', original: 'docs/tr.md',
  units: [
    {id: '1', source: 'Merhaba & <hoş> geldiniz', target: 'Welcome', state: 'translated', notes: ['checked']},
    {id: '2', source: 'Güle güle', target: '', state: 'needs-translation', notes: []},
    {id: '3', source: 'Son', target: 'End', state: 'signed-off', notes: []}
  ]
}

describe('writeXliff2', () => {
  const xliff = writeXliff2(document)

  it('writes units that readXliff reads back, with XLIFF 2 states', () => {
    expect(readXliff(xliff)).toStrictEqual({
      sourceLang: 'tr', targetLang: 'en', original: 'docs/tr.md', version: '2.0',
      units: [
        {id: '1', source: 'Merhaba & <hoş> geldiniz', target: 'Welcome', state: 'translated', notes: ['checked']},
        {id: '2', source: 'Güle güle', target: '', state: 'initial', notes: []},
        {id: '3', source: 'Son', target: 'End', state: 'reviewed', notes: []}
      ]
    })
  })

  it('keeps the rules of the XLIFF 2.0 core schema that a writer can break', () => {
    expect(xliff2Problems(xliff)).toStrictEqual([])
  })

  it.skipIf(!hasXmllint)('is valid against the OASIS XLIFF 2.0 core schema (xmllint)', () => {
    expect(xliffSchemaErrors(xliff, '2.0')).toBe('')
  })
})

describe.skipIf(!hasXmllint)('the vendored XLIFF 2.0 core schema', () => {
  it('refuses a segment state that only XLIFF 1.2 has, and a <target> before its <source>', () => {
    const valid = writeXliff2(document)
    expect(xliffSchemaErrors(valid.replace('state="translated"', 'state="needs-translation"'), '2.0')).toContain("attribute 'state'")
    expect(xliffSchemaErrors(valid.replace(/(<source>[^<]*<\/source>)(\s*)(<target>[^<]*<\/target>)/, '$3$2$1'), '2.0')).toContain('This element is not expected')
  })
})

describe('the XLIFF 2 structure check', () => {
  it('finds what the core schema would refuse', () => {
    const broken = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="tr">
  <file id="f1"><unit id="a b"><segment state="needs-translation"><target>x</target><source>y</source></segment>
  <notes><note from="me">n</note></notes></unit><unit id="u"/><unit id="u"><segment><source/></segment></unit></file></xliff>`
    expect(xliff2Problems(broken)).toStrictEqual([
      '<unit> id "a b" is not an NMTOKEN',
      'segment state "needs-translation"',
      '<source> out of place in <segment>',
      '<notes> out of place in <unit>',
      '<note from> is XLIFF 1.2, not 2.0',
      '<unit> without segment|ignorable',
      'id "u" twice in a file'
    ])
  })
})
