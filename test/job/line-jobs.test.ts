import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {toCheckReport} from '../../src/check/to-check-report.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {readXliff} from '../../src/format/read-xliff.js'
import {applyJob} from '../../src/job/apply-job.js'
import {createJob} from '../../src/job/create-job.js'
import {parsePlacement, placementName} from '../../src/job/placement.js'
import {planJob} from '../../src/job/plan-job.js'
import {buildAlignment} from '../check/helpers/build-alignment.js'
import {hasXmllint, xliffSchemaErrors} from '../format/xliff-schema.js'

// Files of one sentence a line, twenty lines each: one block a side, judged sentence by sentence.
const cities = ['Ankara', 'İzmir', 'Bursa', 'Adana', 'Konya', 'Antalya', 'Kayseri', 'Mersin', 'Eskişehir', 'Samsun', 'Trabzon', 'Erzurum', 'Malatya', 'Denizli', 'Sivas', 'Van', 'Edirne', 'Kars', 'Rize', 'Muğla']
const turkish = cities.map((city) => `Kurum ${city} ofisinde yeni bir danışmanlık hizmeti başlattı ve bunu herkese duyurdu.`)
const english = cities.map((city) => `The agency started a new advice service at its ${city} office and announced it to everyone.`)
const unrelated = 'Heavy rain is expected along the whole coast on Tuesday, forecasters said in their latest weekly update.'

type SentenceBead = [number[], number[], number?]

/** The Turkish source, an English target of `lines`, and a check of them aligned as `sentences` says. */
function pair(lines: string[], sentences: SentenceBead[]) {
  const targetText = lines.map((line) => `${line}\n`).join('')
  const alignment = buildAlignment(parseDocument(turkish.join('\n') + '\n', {format: 'lines', lang: 'tr'}), parseDocument(targetText, {format: 'lines', lang: 'en'}), [[[0], [0]]], sentences)
  return {alignment, targetText, findings: toCheckReport(alignment, check(alignment)).findings}
}

const oneToOne = (skip?: number): SentenceBead[] => cities.flatMap((_, index): SentenceBead[] => (skip === undefined || index < skip ? [[[index], [index]]] : index === skip ? [[[index], []]] : [[[index], [index - 1]]]))

describe('a job from files of one sentence a line', () => {
  it('asks for the one line the check calls rewritten, to replace that target line, not for the whole file', () => {
    const sentences = oneToOne().map(([source, target], index): SentenceBead => [source, target, index === 11 ? 0.2 : 0.9])
    const {alignment, findings} = pair(english.map((line, index) => (index === 11 ? unrelated : line)), sentences)
    const [entry, ...rest] = planJob(alignment, findings)
    expect(rest).toStrictEqual([])
    expect([entry?.rule, entry?.sentences, entry?.lines]).toStrictEqual(['divergent', [turkish[11]], {source: [12], replaces: [12], after: 11}])
    expect(entry?.context).toStrictEqual({before: turkish[10], after: turkish[12]})
  })

  it('asks for a line the target lacks, to go after the target line of the sentence before it', () => {
    const {alignment, findings} = pair(english.filter((_, index) => index !== 6), oneToOne(6))
    const [entry, ...rest] = planJob(alignment, findings)
    expect(rest).toStrictEqual([])
    expect([entry?.rule, entry?.sentences, entry?.lines]).toStrictEqual(['only-in-source', [turkish[6]], {source: [7], replaces: [], after: 6}])
  })

  it('puts the translated line back in its place and leaves every other byte of the target as it was', async () => {
    const {alignment, findings, targetText} = pair(english.filter((_, index) => index !== 6), oneToOne(6))
    const {xliff} = await createJob(alignment, findings)
    const translated = readXliff(xliff.replace('<target xml:lang="en" state="needs-translation"></target>', '<target xml:lang="en" state="translated">The new line.</target>'))
    const result = applyJob(parseDocument(targetText, {format: 'lines', lang: 'en'}), targetText, translated)
    const expected = [...english.slice(0, 6), 'The new line.', ...english.slice(7)].map((line) => `${line}\n`).join('')
    expect([result.applied, result.text]).toStrictEqual([['b0-l7'], expected])
  })

  it.skipIf(!hasXmllint)('writes jobs of lines that are valid against the XLIFF 1.2 strict and 2.0 core schemas', async () => {
    const {alignment, findings} = pair(english.filter((_, index) => index !== 6), oneToOne(6))
    expect(xliffSchemaErrors((await createJob(alignment, findings)).xliff, '1.2')).toBe('')
    expect(xliffSchemaErrors((await createJob(alignment, findings, {xliffVersion: '2.0'})).xliff, '2.0')).toBe('')
  })

  it('keeps the Windows line breaks of a target that has them', () => {
    const text = 'One.\r\nTwo.\r\nThree.\r\n'
    const target = parseDocument(text, {format: 'lines', lang: 'en'})
    const unit = (group: string, id: string) => ({id, source: 'kaynak', target: 'New.', state: 'translated', notes: [], group})
    const job = {sourceLang: 'tr', targetLang: 'en', original: 'tr', units: [unit('block=0;lines=3;after-line=1;kind=paragraph', 'b0-l3.s0'), unit('block=0;lines=9;replace-lines=3;kind=paragraph', 'b0-l9.s0')]}
    expect(applyJob(target, text, job).text).toBe('One.\r\nNew.\r\nTwo.\r\nNew.\r\n')
  })

  it('refuses a target whose line was edited since the job was made', async () => {
    const {alignment, findings} = pair(english.filter((_, index) => index !== 6), oneToOne(6))
    const {xliff} = await createJob(alignment, findings)
    const translated = readXliff(xliff.replace('<target xml:lang="en" state="needs-translation"></target>', '<target xml:lang="en" state="translated">The new line.</target>'))
    const edited = english.filter((_, index) => index !== 6).map((line, index) => `${index === 5 ? 'Edited meanwhile.' : line}\n`).join('')
    expect(() => applyJob(parseDocument(edited, {format: 'lines', lang: 'en'}), edited, translated)).toThrow(
      'renderEdit: the job puts a line after target line 6, whose text is not the one the job was made from (another target, or edited since); make the job from this target'
    )
  })

  it('names its place in the group name and reads it back', () => {
    const entry = {block: 0, replaces: [0], after: -1, kind: 'paragraph' as const, anchor: '1f2e3d4c', lines: {source: [40, 41], replaces: [], after: 37}}
    expect(placementName(entry)).toBe('block=0;lines=40,41;after-line=37;kind=paragraph;anchor=1f2e3d4c')
    expect(parsePlacement(placementName(entry))).toStrictEqual({replaces: [], after: -1, kind: 'paragraph', anchor: '1f2e3d4c', lines: {replaces: [], after: 37}})
  })
})
