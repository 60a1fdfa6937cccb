import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {hasXmllint, xliffSchemaErrors} from '../format/xliff-schema.js'
import {align} from '../../src/align/align.js'
import {check} from '../../src/check/check.js'
import {toCheckReport} from '../../src/check/to-check-report.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {readDocument} from '../../src/document/read-document.js'
import {createJob} from '../../src/job/create-job.js'
import {planJob} from '../../src/job/plan-job.js'
import {createMemory} from '../../src/memory/memory-store.js'
import {readXliff} from '../../src/format/read-xliff.js'

const seed = 'fixtures/iskur-international-relations'
/** A Python that has translate-toolkit (Debian's python3-translate lives in the system Python). */
const python = ['/usr/bin/python3', 'python3'].find((name) => spawnSync(name, ['-c', 'import translate.storage.xliff']).status === 0)

async function seedPair() {
  const alignment = align(await readDocument(`${seed}/tr.txt`), await readDocument(`${seed}/en.txt`))
  return {alignment, findings: toCheckReport(alignment, check(alignment)).findings}
}

/** A Turkish page whose second paragraph the English page lacks. */
function smallPair() {
  const source = parseDocument('Başlık\n\nİlk paragraf burada duruyor.\n\nYeni paragraf eklendi. Kurum 2013 yılında kuruldu.\n\nSon paragraf burada duruyor.\n', {lang: 'tr'})
  const target = parseDocument('Title\n\nThe first paragraph stands here.\n\nThe last paragraph stands here.\n', {lang: 'en'})
  const alignment = align(source, target)
  return {alignment, findings: toCheckReport(alignment, check(alignment)).findings}
}

describe('planJob', () => {
  it('takes the seed pair’s Baku paragraph, its divergent paragraph and its missing heading, each with its place in English', async () => {
    const {alignment, findings} = await seedPair()
    const plan = planJob(alignment, findings).map(({block, rule, kind, replaces, after}) => ({block, rule, kind, replaces, after}))
    expect(plan).toStrictEqual([
      {block: 8, rule: 'only-in-source', kind: 'paragraph', replaces: [], after: 7},
      {block: 13, rule: 'divergent', kind: 'paragraph', replaces: [13], after: 12},
      {block: 17, rule: 'only-in-source', kind: 'heading', replaces: [], after: 16}
    ])
    expect(alignment.target.blocks[7]?.text).toBe('Organization of Islamic Cooperation Public Employment Services Network (OIC-PESNET)')
  })

  it('rejects what is not an alignment with the findings', () => {
    expect(() => planJob({} as never, [])).toThrow(new TypeError('planJob: expected an Alignment and the findings of `check` (FindingJson[]); pass `align(…)` and `toCheckReport(…).findings`'))
  })
})

describe('createJob', () => {
  it('writes the missing paragraph as a group of two sentence units after the first English paragraph, with its neighbours as notes', async () => {
    const {alignment, findings} = smallPair()
    const job = await createJob(alignment, findings, {original: 'tr.txt'})
    expect(job.xliff).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="tr.txt" source-language="tr" target-language="en" datatype="plaintext">
    <header>
      <tool tool-id="bitext" tool-name="bitext"/>
    </header>
    <body>
      <group id="b2" resname="block=2;after=1;kind=paragraph;anchor=64a86763">
        <note from="bitext">only-in-source: source block 2 (paragraph) goes after target block 1</note>
        <note from="bitext">before: İlk paragraf burada duruyor.</note>
        <note from="bitext">after: Son paragraf burada duruyor.</note>
        <trans-unit id="b2.s0">
          <source>Yeni paragraf eklendi.</source>
          <target xml:lang="en" state="needs-translation"></target>
        </trans-unit>
        <trans-unit id="b2.s1">
          <source>Kurum 2013 yılında kuruldu.</source>
          <target xml:lang="en" state="needs-translation"></target>
        </trans-unit>
      </group>
    </body>
  </file>
</xliff>
`)
    expect(job.count).toStrictEqual({new: 7, fuzzy: 0, exact: 0})
    expect(readXliff(job.xliff).units.map((unit) => unit.group)).toStrictEqual(['block=2;after=1;kind=paragraph;anchor=64a86763', 'block=2;after=1;kind=paragraph;anchor=64a86763'])
  })

  it('fills in an exact memory match to review, and offers a fuzzy one only as alt-trans', async () => {
    const {alignment, findings} = smallPair()
    const memory = createMemory()
    await memory.add([
      {source: 'Yeni paragraf eklendi.', target: 'A new paragraph was added.', sourceLang: 'tr', targetLang: 'en'},
      {source: 'Kurum 2012 yılında kuruldu.', target: 'The agency was founded in 2012.', sourceLang: 'tr', targetLang: 'en'}
    ])
    const job = await createJob(alignment, findings, {memory, minScore: 50})
    const units = readXliff(job.xliff).units.map(({id, target, state}) => ({id, target, state}))
    expect(units).toStrictEqual([
      {id: 'b2.s0', target: 'A new paragraph was added.', state: 'needs-review-translation'},
      {id: 'b2.s1', target: '', state: 'needs-translation'}
    ])
    expect(job.xliff).toMatch(/<alt-trans match-quality="[\d.]+" origin="bitext-tm">\s*<source>Kurum 2012 yılında kuruldu\.<\/source>\s*<target xml:lang="en">The agency was founded in 2012\.<\/target>/)
    expect(job.count).toStrictEqual({new: 0, fuzzy: 4, exact: 3})
  })

  it.skipIf(!hasXmllint)('writes an XLIFF 2.0 job with an exact and a fuzzy match that is valid against the OASIS 2.0 core schema', async () => {
    const {alignment, findings} = smallPair()
    const memory = createMemory()
    await memory.add([
      {source: 'Yeni paragraf eklendi.', target: 'A new paragraph was added.', sourceLang: 'tr', targetLang: 'en'},
      {source: 'Kurum 2012 yılında kuruldu.', target: 'The agency was founded in 2012.', sourceLang: 'tr', targetLang: 'en'}
    ])
    const job = await createJob(alignment, findings, {memory, minScore: 50, xliffVersion: '2.0'})
    expect(job.xliff).toContain('<mtc:match ref="#s1"')
    expect(xliffSchemaErrors(job.xliff, '2.0')).toBe('')
  })

  it.skipIf(!hasXmllint)('writes a job of the seed pair that is valid against the XLIFF 1.2 strict schema', async () => {
    const {alignment, findings} = await seedPair()
    expect(xliffSchemaErrors((await createJob(alignment, findings)).xliff, '1.2')).toBe('')
  })
  it.skipIf(python === undefined)('writes a job translate-toolkit reads with the same units, sources and targets', async () => {
    const {alignment, findings} = await seedPair()
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bitext-job-')), 'job.xlf')
    const xliff = (await createJob(alignment, findings)).xliff
    writeFileSync(file, xliff)
    const script = 'import sys, json\nfrom translate.storage import xliff\nstore = xliff.xlifffile.parsefile(open(sys.argv[1], "rb"))\nprint(json.dumps([[u.getid().split("\\x04")[-1], u.source, u.target or ""] for u in store.units]))'
    const units = JSON.parse(spawnSync(python as string, ['-c', script, file], {encoding: 'utf8'}).stdout) as string[][]
    expect(units).toStrictEqual(readXliff(xliff).units.map((unit) => [unit.id, unit.source, unit.target]))
    expect(units.map(([id]) => id)).toStrictEqual(['b8.s0', 'b13.s0', 'b17.s0'])
  })
})
