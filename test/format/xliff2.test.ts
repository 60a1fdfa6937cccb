import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {readXliff} from '../../src/format/read-xliff.js'
import {writeXliff2} from '../../src/format/xliff2.js'
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

  it('is well-formed for xmllint', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bitext-xliff2-')), 'tm.xlf')
    writeFileSync(file, xliff)
    expect(spawnSync('xmllint', ['--noout', file], {encoding: 'utf8'}).stderr).toBe('')
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
