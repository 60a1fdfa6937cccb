import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {check} from '../../src/check/check.js'
import {toCheckReport} from '../../src/check/to-check-report.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {readXliff} from '../../src/format/read-xliff.js'
import {applyJob} from '../../src/job/apply-job.js'
import {createJob} from '../../src/job/create-job.js'
import {runCli} from '../helpers/run-cli.js'

const seed = 'fixtures/iskur-international-relations'
const tr = readFileSync(`${seed}/tr.txt`, 'utf8')
const en = readFileSync(`${seed}/en.txt`, 'utf8')
const other = readFileSync('fixtures/job-markdown/en.md', 'utf8')

/** The seed pair's job with the Baku paragraph (b8, after target block 7) translated. */
async function bakuJob(): Promise<string> {
  const alignment = align(parseDocument(tr, {lang: 'tr'}), parseDocument(en, {lang: 'en'}))
  const {xliff} = await createJob(alignment, toCheckReport(alignment, check(alignment)).findings)
  return xliff.replace(/(<trans-unit id="b8\.s0">\s*<source>[^<]*<\/source>\s*<target xml:lang="en") state="needs-translation"><\/target>/, '$1 state="translated">In Baku, a network was set up.</target>')
}

describe('a job knows the target it was made from', () => {
  it('names in each group the digest of the target text its place is relative to', async () => {
    expect(await bakuJob()).toMatch(/<group id="b8" resname="block=8;after=7;kind=paragraph;anchor=[0-9a-f]{8}">/)
  })

  it('applies to that target', async () => {
    const result = applyJob(parseDocument(en, {format: 'text'}), en, readXliff(await bakuJob()))
    expect(result.applied).toStrictEqual(['b8'])
  })

  it('refuses another target that has the blocks it names, instead of putting the block in the wrong place', async () => {
    const job = readXliff(await bakuJob())
    expect(() => applyJob(parseDocument(other, {format: 'markdown'}), other, job)).toThrow(
      new RangeError('renderEdit: the job puts a block after target block 7, whose text is not the one the job was made from (another target, or edited since); make the job from this target')
    )
  })

  it('refuses the target when the block it goes after was edited since', async () => {
    const seventh = parseDocument(en, {format: 'text'}).blocks[7]?.text ?? ''
    const edited = en.replace(seventh, `${seventh} (edited)`)
    const job = readXliff(await bakuJob())
    expect(edited).not.toBe(en)
    expect(() => applyJob(parseDocument(edited, {format: 'text'}), edited, job)).toThrow(/^renderEdit: the job puts a block after target block 7, whose text is not/)
  })

  it('still applies a job written before groups carried the digest', async () => {
    const old = (await bakuJob()).replace(/;anchor=[0-9a-f]{8}/g, '')
    expect(applyJob(parseDocument(en, {format: 'text'}), en, readXliff(old)).applied).toStrictEqual(['b8'])
  })

  it('bitext apply to another target exits 2 with one line and writes nothing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bitext-anchor-'))
    writeFileSync(path.join(folder, 'job.xlf'), await bakuJob())
    writeFileSync(path.join(folder, 'other.md'), other)
    expect(await runCli(['apply', 'job.xlf', '--to', 'other.md', '-o', 'out.md'], {cwd: folder})).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: 'bitext: other.md: the job puts a block after target block 7, whose text is not the one the job was made from (another target, or edited since); make the job from this target\n'
    })
    expect(existsSync(path.join(folder, 'out.md'))).toBe(false)
  })
})
