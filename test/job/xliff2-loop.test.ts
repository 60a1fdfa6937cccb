import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CheckReport} from '../../src/check/types.js'
import {escapeText} from '../../src/format/xml-escape.js'
import {xliffSchemaErrors} from '../format/xliff-schema.js'
import {xliff2Problems} from '../format/xliff2-structure.js'
import {runCli} from '../helpers/run-cli.js'

const folder = mkdtempSync(path.join(tmpdir(), 'bitext-loop2-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** What a translator does in an XLIFF 2 CAT tool: fills the targets of the given units and marks them translated. */
function fill(xliff: string, translations: Record<string, string>): string {
  return Object.entries(translations).reduce((text, [id, translation]) => {
    const unit = new RegExp(`(<unit id="${id.replace('.', '\\.')}">\\s*<segment id="s1") state="initial">(\\s*<source>[^<]*</source>\\s*)<target></target>`)
    if (!unit.test(text)) throw new Error(`no untranslated unit ${id} in the job`)
    return text.replace(unit, `$1 state="translated">$2<target>${escapeText(translation)}</target>`)
  }, xliff)
}

describe('the translation loop with an XLIFF 2.0 job (bitext job --xliff-version 2)', () => {
  const pair = 'fixtures/job-markdown'
  const job = path.join(folder, 'md-job.xlf')
  const target = path.join(folder, 'en.md')

  it('writes the job as XLIFF 2.0, valid against the OASIS core schema, a group per block', async () => {
    copyFileSync(`${pair}/en.md`, target)
    expect(await runCli(['job', `${pair}/tr.md`, target, '--xliff-version', '2', '-o', job])).toStrictEqual({code: 0, stdout: '', stderr: `2 blocks, 21 words: 21 new, 0 fuzzy, 0 exact → ${job}\n`})
    const xliff = readFileSync(job, 'utf8')
    expect(xliffSchemaErrors(xliff, '2.0')).toBe('')
    expect(xliff2Problems(xliff)).toStrictEqual([])
    expect(xliff).toContain('<group id="b4" name="block=4;after=3;kind=paragraph;anchor=79c9f2d8">')
  })

  it('applies the translated units back in Markdown, after which check finds nothing', async () => {
    writeFileSync(job, fill(readFileSync(job, 'utf8'), {
      'b4.s0': '1.2 million people were placed in jobs in 2023.',
      'b4.s1': 'This figure rose by 8 percent on the year before.',
      'b7.s0': 'Labour market research (81 provinces)'
    }))
    expect(await runCli(['apply', job, '--to', target, '--in-place'])).toStrictEqual({code: 0, stdout: '', stderr: `2 blocks applied → ${target}\n`})
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(`${pair}/en.md`, 'utf8')
      .replace('job seekers.\n\n', 'job seekers.\n\n1.2 million people were placed in jobs in 2023. This figure rose by 8 percent on the year before.\n\n')
      .replace('(4,500 courses)\n', '(4,500 courses)\n- Labour market research (81 provinces)\n'))
    const {stdout} = await runCli(['check', `${pair}/tr.md`, target, '--format', 'json'])
    expect((JSON.parse(stdout) as CheckReport).findings).toStrictEqual([])
  })

  it('refuses another --xliff-version with one line', async () => {
    expect(await runCli(['job', `${pair}/tr.md`, target, '--xliff-version', '3', '-o', job])).toStrictEqual({code: 2, stdout: '', stderr: "bitext: job: --xliff-version must be 1.2 or 2; got '3'\n"})
  })
})
