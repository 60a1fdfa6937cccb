import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {describe, expect, it} from 'vitest'
import {unitsFromXliff, unitsToXliff} from '../../src/memory/xliff-units.js'
import {readXliff} from '../../src/format/read-xliff.js'
import {runCli} from '../helpers/run-cli.js'

const tr = resolve('fixtures/iskur-international-relations/tr.txt')
const en = resolve('fixtures/iskur-international-relations/en.txt')

describe('unitsFromXliff', () => {
  it('takes the translated units and counts the untranslated ones and the empty targets as skipped', () => {
    const units = unitsFromXliff({
      sourceLang: 'tr',
      targetLang: 'en',
      original: 'tr.txt',
      units: [
        {id: '1', source: ' Merhaba ', target: 'Hello', state: 'needs-review-translation', notes: []},
        {id: '2', source: 'Güle güle', target: '', state: 'needs-translation', notes: []}
      ]
    })
    expect(units).toStrictEqual({units: [{source: 'Merhaba', target: 'Hello', sourceLang: 'tr', targetLang: 'en'}], skipped: {'state needs-translation': 1}})
  })
})

describe('unitsToXliff', () => {
  it('writes one pair, turns round the units stored the other way, and counts the rest as skipped', () => {
    const {xliff, skipped} = unitsToXliff([
      {source: 'Merhaba', target: 'Hello', sourceLang: 'tr-TR', targetLang: 'en-GB'},
      {source: 'Good bye', target: 'Güle güle', sourceLang: 'en', targetLang: 'tr'},
      {source: 'Hallo', target: 'Hello', sourceLang: 'de', targetLang: 'en'},
      {source: 'Ekim\uE000 ayı', target: 'October', sourceLang: 'tr', targetLang: 'en', sourceTags: ['<ph x="1"/>']}
    ])
    const document = readXliff(xliff)
    expect([document.sourceLang, document.targetLang, skipped]).toStrictEqual(['tr-TR', 'en-GB', 1])
    expect(document.units.map((unit) => [unit.source, unit.target, unit.state])).toStrictEqual([
      ['Merhaba', 'Hello', 'translated'],
      ['Güle güle', 'Good bye', 'translated'],
      ['Ekim\uE000 ayı', 'October', 'translated']
    ])
    expect(document.units[2]?.sourceTags).toStrictEqual(['<ph id="1">&lt;ph x="1"/&gt;</ph>'])
  })
})

describe('bitext tm with XLIFF', () => {
  it('imports the targets a reviewer filled in, and exports the TM as XLIFF', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-tm-xliff-'))
    const aligned = await runCli(['align', tr, en, '--format', 'xliff'])
    const baku = '25-26 Nisan 2013 tarihlerinde'
    const reviewed = aligned.stdout.replace(
      /(<source>25-26 Nisan 2013[^<]*<\/source>\s*<target xml:lang="en" state=")needs-translation("><\/target>)/,
      '$1translated">In 2013 the labour ministers met in Baku.</target>'
    )
    expect(reviewed).not.toBe(aligned.stdout)
    writeFileSync(join(folder, 'reviewed.xlf'), reviewed)

    const imported = await runCli(['tm', 'import', 'reviewed.xlf', '--tm', 'tm.sqlite'], {cwd: folder})
    const bakuSource = readXliff(reviewed).units.find((unit) => unit.source.startsWith(baku))?.source ?? ''
    const lookup = await runCli(['tm', 'lookup', bakuSource, '--tm', 'tm.sqlite', '--format', 'json'], {cwd: folder})
    const exported = await runCli(['tm', 'export', '--tm', 'tm.sqlite', '--format', 'xliff', '-o', 'tm.xlf'], {cwd: folder})
    const document = readXliff(readFileSync(join(folder, 'tm.xlf'), 'utf8'))

    expect(imported.code).toBe(0)
    expect((JSON.parse(lookup.stdout) as Array<{target: string; score: number}>)[0]).toMatchObject({
      target: 'In 2013 the labour ministers met in Baku.',
      score: 100
    })
    expect(exported.code).toBe(0)
    expect(document.units.some((unit) => unit.source.startsWith(baku) && unit.target === 'In 2013 the labour ministers met in Baku.')).toBe(true)
  })
})

describe('bitext tm import of a file that is not TMX', () => {
  it('exits 2 and names the root element instead of importing nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'bitext-tm-not-tmx-'))
    writeFileSync(join(folder, 'page.tmx'), '<html><body><p>Merhaba</p></body></html>\n')
    const result = await runCli(['tm', 'import', 'page.tmx', '--tm', 'tm.sqlite'], {cwd: folder})
    expect(result).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: malformed TMX: the root element is <html>, not <tmx>: not a TMX file\n'
    })
  })
})
