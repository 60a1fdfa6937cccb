import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeXml} from '../../src/format/decode-xml.js'
import {readXliff} from '../../src/format/read-xliff.js'
import {sniffXml} from '../../src/format/sniff-xml.js'
import {unitsFromXliff} from '../../src/memory/xliff-units.js'
import {runCli} from '../helpers/run-cli.js'
import {xliffSchemaErrors} from './xliff-schema.js'

const fixtures = resolve('test/fixtures-xliff')
const read = (name: string) => readXliff(decodeXml(readFileSync(join(fixtures, name)), 'test'))

describe('XLIFF 1.2 into the memory', () => {
  it('takes translated units only, keeps <x/> and <g> as placeholders and line breaks under xml:space="preserve"', () => {
    expect(unitsFromXliff(read('symfony-states.xlf'))).toStrictEqual({
      units: [
        {source: 'Save', target: 'Kaydet', sourceLang: 'en', targetLang: 'tr'},
        {
          source: 'Hello \uE000, welcome to \uE001bitext\uE002.',
          target: 'Merhaba \uE000, \uE001bitext\uE002\'e hoş geldiniz.',
          sourceLang: 'en', targetLang: 'tr',
          sourceTags: ['<x id="1" equiv-text="{{ name }}"/>', '<g id="2" ctype="bold">', '</g>'],
          targetTags: ['<x id="1" equiv-text="{{ name }}"/>', '<g id="2" ctype="bold">', '</g>']
        },
        {source: 'Street 1\n  Ankara', target: 'Sokak 1\n  Ankara', sourceLang: 'en', targetLang: 'tr'},
        {source: 'Draft', target: 'Taslak', sourceLang: 'en', targetLang: 'tr'}
      ],
      skipped: {'state new': 1, 'state needs-translation': 1, 'target same as source': 1}
    })
  })

  it('takes only the chosen states, or every unit with a target with "all"', () => {
    expect(unitsFromXliff(read('symfony-states.xlf'), {states: ['translated']}).units.map((unit) => unit.target)).toStrictEqual(['Kaydet'])
    expect(unitsFromXliff(read('symfony-states.xlf'), {states: 'all'}).skipped).toStrictEqual({'empty target': 1})
  })

  it('stores each <file> under its own languages, or takes one pair when asked', () => {
    expect(unitsFromXliff(read('two-files.xliff')).units).toStrictEqual([
      {source: 'Open', target: 'Aç', sourceLang: 'en', targetLang: 'tr'},
      {source: 'Open', target: 'Öffnen', sourceLang: 'en', targetLang: 'de'}
    ])
    expect(unitsFromXliff(read('two-files.xliff'), {targetLang: 'de-DE'})).toStrictEqual({
      units: [{source: 'Open', target: 'Öffnen', sourceLang: 'en', targetLang: 'de'}],
      skipped: {'pair en→tr': 1}
    })
  })

  it.each(['turkish-iso-8859-9.xlf', 'utf16.xlf'])('decodes %s in its own encoding', (name) => {
    expect(read(name).units.map((unit) => unit.target)).toStrictEqual(['Işık', 'İş'])
  })

  it('refuses an encoding it cannot decode, and bytes invalid in the declared one, saying so', () => {
    expect(() => read('unknown-encoding.xlf')).toThrow('test: the file declares encoding="x-no-such-encoding", which bitext cannot decode; save it as UTF-8')
    expect(() => decodeXml(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]), 'test')).toThrow('test: the file is not valid utf-8, the encoding it is in or declares; save it as UTF-8')
  })
})

describe('XLIFF 2.0 into the memory', () => {
  it('reads every segment with its state, unit notes, inline codes and the unit\'s original data', () => {
    expect(read('memsource.xlf2')).toStrictEqual({
      sourceLang: 'en', targetLang: 'tr', original: 'guide.md', version: '2.0',
      units: [
        {id: 'u1', source: 'Read the \uE000guide\uE001.', target: 'Kılavuzu \uE000okuyun\uE001.', state: 'final', notes: ['A heading'],
          sourceTags: ['<pc id="1">', '</pc>'], targetTags: ['<pc id="1">', '</pc>']},
        {id: 'u2', source: 'Settings', target: 'Settings', state: 'initial', notes: []},
        {id: 'u3', source: 'Line one\uE000line two', target: 'Birinci satır\uE000ikinci satır', state: 'translated', notes: [],
          sourceTags: ['<ph id="1" dataRef="d1"/>'], targetTags: ['<ph id="1" dataRef="d1"/>'], data: {d1: '<br/>'}},
        {id: 'u3.s2', source: 'Done.', target: 'Bitti.', state: 'reviewed', notes: [], data: {d1: '<br/>'}}
      ]
    })
  })

  it('skips the units still in state initial', () => {
    const {units, skipped} = unitsFromXliff(read('memsource.xlf2'))
    expect([units.map((unit) => unit.target), skipped]).toStrictEqual([['Kılavuzu \uE000okuyun\uE001.', 'Birinci satır\uE000ikinci satır', 'Bitti.'], {'state initial': 1}])
  })
})

describe('sniffXml', () => {
  it.each([
    {head: '<?xml version="1.0"?>\n<!-- a comment -->\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">', expected: {root: 'tmx', version: '1.4'}},
    {head: '\uFEFF<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2">', expected: {root: 'xliff', version: '1.2'}},
    {head: '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">', expected: {root: 'xliff', version: '2.1'}},
    {head: '<html><body>', expected: {root: 'html'}},
    {head: 'plain text', expected: undefined}
  ])('finds the root of $head', ({head, expected}) => {
    expect(sniffXml(head)).toStrictEqual(expected)
  })
})

describe('bitext tm import of XLIFF, by content whatever the name', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bitext-xliff-import-'))
  it.each([
    {file: 'symfony-states.xlf', stdout: '4 units added, 0 duplicates skipped → a.sqlite\n', stderr: 'tm import: 1 language pair\n  en → tr: 4 units read\ntm import: 3 units skipped: 1 state new, 1 state needs-translation, 1 target same as source\n'},
    {file: 'trados.sdlxliff', stdout: '2 units added, 0 duplicates skipped → b.sqlite\n', stderr: 'tm import: 2 language pairs\n  en → tr: 1 unit read\n  en → de: 1 unit read\n'},
    {file: 'memsource.xlf2', stdout: '3 units added, 0 duplicates skipped → c.sqlite\n', stderr: 'tm import: 1 language pair\n  en → tr: 3 units read\ntm import: 1 unit skipped: 1 state initial\n'},
    {file: 'utf16.xlf', stdout: '2 units added, 0 duplicates skipped → d.sqlite\n', stderr: 'tm import: 1 language pair\n  en → tr: 2 units read\n'}
  ].map((entry, index) => ({...entry, tm: `${'abcd'[index]}.sqlite`})))('imports $file and says what it skipped', async ({file, tm, stdout, stderr}) => {
    expect(await runCli(['tm', 'import', join(fixtures, file), '--tm', tm], {cwd: folder})).toStrictEqual({code: 0, stdout, stderr})
  })

  it('exports what it imported as XLIFF 2.0 valid against the OASIS schema (tm export --format xliff2), inline tags as <ph/> with their markup in <originalData>', async () => {
    expect((await runCli(['tm', 'export', '--tm', 'a.sqlite', '--format', 'xliff2', '-o', 'a.xlf'], {cwd: folder})).code).toBe(0)
    expect(xliffSchemaErrors(readFileSync(join(folder, 'a.xlf'), 'utf8'), '2.0')).toBe('')
    const exported = readXliff(readFileSync(join(folder, 'a.xlf'), 'utf8'))
    expect([exported.version, exported.sourceLang, exported.targetLang]).toStrictEqual(['2.0', 'en', 'tr'])
    expect(exported.units.map((unit) => [unit.target, unit.state]).sort()).toStrictEqual([
      ['Kaydet', 'translated'], ["Merhaba \uE000, \uE001bitext\uE002'e hoş geldiniz.", 'translated'], ['Sokak 1\n  Ankara', 'translated'], ['Taslak', 'translated']
    ])
    const tagged = exported.units.find((unit) => unit.target.startsWith('Merhaba'))
    expect(tagged?.data).toStrictEqual({d1: '<x id="1" equiv-text="{{ name }}"/>', d2: '<g id="2" ctype="bold">', d3: '</g>'})
  })

  it('exports inline tags to schema-valid XLIFF 1.2 as <ph> holding their markup (tm export --format xliff)', async () => {
    expect((await runCli(['tm', 'export', '--tm', 'a.sqlite', '--format', 'xliff', '-o', 'a12.xlf'], {cwd: folder})).code).toBe(0)
    const exported = readFileSync(join(folder, 'a12.xlf'), 'utf8')
    expect(xliffSchemaErrors(exported, '1.2')).toBe('')
    expect(exported).toContain(
      `<target xml:lang="tr" state="translated">Merhaba <ph id="1">&lt;x id="1" equiv-text="{{ name }}"/&gt;</ph>, <ph id="2">&lt;g id="2" ctype="bold"&gt;</ph>bitext<ph id="3">&lt;/g&gt;</ph>'e hoş geldiniz.</target>`
    )
  })

  it('imports the chosen states with --states', async () => {
    const result = await runCli(['tm', 'import', join(fixtures, 'symfony-states.xlf'), '--tm', 'e.sqlite', '--states', 'translated,final'], {cwd: folder})
    expect(result).toStrictEqual({code: 0, stdout: '2 units added, 0 duplicates skipped → e.sqlite\n', stderr: 'tm import: 1 language pair\n  en → tr: 2 units read\ntm import: 5 units skipped: 1 state new, 1 state needs-translation, 1 target same as source, 1 state signed-off, 1 state needs-review-translation\n'})
  })

  it('refuses an XLIFF in an encoding it cannot decode with one line and exit 2', async () => {
    const result = await runCli(['tm', 'import', join(fixtures, 'unknown-encoding.xlf'), '--tm', 'f.sqlite'], {cwd: folder})
    expect(result).toStrictEqual({code: 2, stdout: '', stderr: 'bitext: tm import: the file declares encoding="x-no-such-encoding", which bitext cannot decode; save it as UTF-8\n'})
  })
})
