import {copyFileSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CheckReport} from '../../src/check/types.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {escapeText} from '../../src/format/xml-escape.js'
import {runCli} from '../helpers/run-cli.js'

const folder = mkdtempSync(path.join(tmpdir(), 'bitext-loop-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
const inFolder = (name: string) => path.join(folder, name)

/** What a translator does in a CAT tool: fills the targets of the given units and marks them translated. */
function fill(xliff: string, translations: Record<string, string>): string {
  return Object.entries(translations).reduce((text, [id, translation]) => {
    const unit = new RegExp(`(<trans-unit id="${id}">\\s*<source>[^<]*</source>\\s*<target xml:lang="en") state="needs-translation"></target>`)
    if (!unit.test(text)) throw new Error(`no untranslated unit ${id} in the job`)
    return text.replace(unit, `$1 state="translated">${escapeText(translation)}</target>`)
  }, xliff)
}

async function findings(source: string, target: string) {
  const {stdout} = await runCli(['check', source, target, '--format', 'json'])
  return (JSON.parse(stdout) as CheckReport).findings.map((finding) => ({rule: finding.rule, source: finding.source?.block ?? null}))
}

const seed = 'fixtures/iskur-international-relations'
const heading = 'Organization of Islamic Cooperation Public Employment Services Network (OIC-PESNET)'
const baku = 'Under the “Framework Agreement on Cooperation in Labour, Employment and Social Protection Issues of the Organisation of Islamic Cooperation (OIC)”, signed at the Meeting of Labour Ministers held in Baku, the capital of Azerbaijan, on 25-26 April 2013, it was agreed that the relevant institutions of the member countries would cooperate to ensure that good practices are shared and, to this end, set up a network/forum of public employment services.'

describe('the translation loop on the seed pair (check → job → translate → apply → check)', () => {
  const job = inFolder('seed-job.xlf')
  const out = inFolder('en-new.txt')

  it('starts from check reporting the Baku paragraph (source block 8) missing in English', async () => {
    expect(await findings(`${seed}/tr.txt`, `${seed}/en.txt`)).toContainEqual({rule: 'only-in-source', source: 8})
  })

  it('writes a job of the three blocks that need work, counting its words on stderr; the seed TM has no match for them', async () => {
    const tm = inFolder('seed.sqlite')
    expect((await runCli(['tm', 'build', `${seed}/tr.txt`, `${seed}/en.txt`, '--tm', tm])).code).toBe(0)
    const result = await runCli(['job', `${seed}/tr.txt`, `${seed}/en.txt`, '--tm', tm, '--min', '60', '-o', job])
    expect(result).toStrictEqual({code: 0, stdout: '', stderr: `3 blocks, 78 words: 78 new, 0 fuzzy, 0 exact → ${job}\n`})
  })

  it('applies the translated Baku paragraph after the OIC-PESNET heading, lists the two units left untranslated, and leaves the rest as it was', async () => {
    writeFileSync(job, fill(readFileSync(job, 'utf8'), {'b8.s0': baku}))
    const result = await runCli(['apply', job, '--to', `${seed}/en.txt`, '-o', out])
    expect(result).toStrictEqual({code: 0, stdout: '', stderr: [
      `1 block applied → ${out}`,
      '2 units left out (untranslated, or in a block with an untranslated unit):',
      '  b13.s0  Mevcut durumda ise Türk Dili Konuşan Ülkeler İşbirliği Konseyi kapsamında kurulması planlanan Kamu İstihdam Hizmetleri Türk Ağına ilişkin ülkemiz vizyonu ve öncelikleri takip edilmektedir.',
      '  b17.s0  DİĞER FAALİYETLERİMİZ',
      ''
    ].join('\n')})
    const before = readFileSync(`${seed}/en.txt`, 'utf8')
    expect(readFileSync(out, 'utf8')).toBe(before.replace(`${heading}\n\nWithin the framework of the OIC`, `${heading}\n\n${baku}\n\nWithin the framework of the OIC`))
  })

  it('no longer reports the Baku paragraph, and every other finding is the one it was', async () => {
    const was = await findings(`${seed}/tr.txt`, `${seed}/en.txt`)
    expect(await findings(`${seed}/tr.txt`, out)).toStrictEqual(was.filter((finding) => !(finding.rule === 'only-in-source' && finding.source === 8)))
  })

  it('never touches the target without --in-place, and copies it unchanged when nothing is translated', async () => {
    const untouched = inFolder('untouched.xlf')
    expect((await runCli(['job', `${seed}/tr.txt`, `${seed}/en.txt`, '-o', untouched])).code).toBe(0)
    const copy = inFolder('copy.txt')
    expect((await runCli(['apply', untouched, '--to', `${seed}/en.txt`, '-o', copy])).code).toBe(0)
    expect(readFileSync(copy)).toStrictEqual(readFileSync(`${seed}/en.txt`))
  })
})

describe('the translation loop on a Markdown pair', () => {
  const pair = 'fixtures/job-markdown'
  it('writes the missing paragraph and list item back with their markup, after which check finds nothing', async () => {
    const job = inFolder('md-job.xlf')
    const target = inFolder('en.md')
    copyFileSync(`${pair}/en.md`, target)
    expect(await runCli(['job', `${pair}/tr.md`, target, '-o', job])).toStrictEqual({code: 0, stdout: '', stderr: `2 blocks, 21 words: 21 new, 0 fuzzy, 0 exact → ${job}\n`})
    writeFileSync(job, fill(readFileSync(job, 'utf8'), {
      'b4.s0': '1.2 million people were placed in jobs in 2023.',
      'b4.s1': 'This figure rose by 8 percent on the year before.',
      'b7.s0': 'Labour market research (81 provinces)'
    }))
    expect(await runCli(['apply', job, '--to', target, '--in-place', '--tm', inFolder('md.sqlite')])).toStrictEqual({code: 0, stdout: '', stderr: `2 blocks applied → ${target}\n3 reviewed units added, 0 duplicates skipped → ${inFolder('md.sqlite')}\n`})
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(`${pair}/en.md`, 'utf8')
      .replace('job seekers.\n\n', 'job seekers.\n\n1.2 million people were placed in jobs in 2023. This figure rose by 8 percent on the year before.\n\n')
      .replace('(4,500 courses)\n', '(4,500 courses)\n- Labour market research (81 provinces)\n'))
    expect(await findings(`${pair}/tr.md`, target)).toStrictEqual([])
  })
})

describe('the translation loop on an HTML pair', () => {
  const pair = 'fixtures/job-html'
  it('puts a new <p> after the aligned paragraph, the rest of the page byte-for-byte unchanged, after which check finds nothing', async () => {
    const job = inFolder('html-job.xlf')
    const out = inFolder('en.html')
    expect((await runCli(['job', `${pair}/tr.html`, `${pair}/en.html`, '-o', job])).code).toBe(0)
    writeFileSync(job, fill(readFileSync(job, 'utf8'), {'b4.s0': '45 employers took part in the fair and 120 people were placed in jobs.'}))
    expect(await runCli(['apply', job, '--to', `${pair}/en.html`, '-o', out])).toStrictEqual({code: 0, stdout: '', stderr: `1 block applied → ${out}\n`})
    const page = readFileSync(out, 'utf8')
    expect(page).toBe(readFileSync(`${pair}/en.html`, 'utf8').replace('in İzmir.</p>\n', 'in İzmir.</p>\n    <p>45 employers took part in the fair and 120 people were placed in jobs.</p>\n'))
    expect(parseDocument(page, {format: 'html'}).blocks.map((block) => block.kind)).toStrictEqual(['heading', 'paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph'])
    expect(await findings(`${pair}/tr.html`, out)).toStrictEqual([])
  })
})

describe('bitext job --since', () => {
  const pair = 'fixtures/job-markdown'
  it('adds an outdated block, which apply puts in place of the old translation', async () => {
    const previous = inFolder('tr-before.md')
    const target = inFolder('en-before.md')
    writeFileSync(previous, readFileSync(`${pair}/tr.md`, 'utf8').replace('444 7 587 numaralı hattı', 'çağrı merkezimizi'))
    writeFileSync(target, readFileSync(`${pair}/en.md`, 'utf8').replace('call the 444 7 587 line', 'call our call centre'))
    const job = inFolder('since-job.xlf')
    expect(await runCli(['job', `${pair}/tr.md`, target, '--since', previous, '-o', job])).toStrictEqual({code: 0, stdout: '', stderr: `3 blocks, 29 words: 29 new, 0 fuzzy, 0 exact → ${job}\n`})
    expect(readFileSync(job, 'utf8')).toContain('<group id="b9" resname="block=9;replace=7;kind=paragraph;anchor=33fe78aa">')
    writeFileSync(job, fill(readFileSync(job, 'utf8'), {'b9.s0': 'For your questions, you can call the 444 7 587 line.'}))
    const out = inFolder('en-after.md')
    expect((await runCli(['apply', job, '--to', target, '-o', out])).code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(`${pair}/en.md`, 'utf8'))
  })
})

describe('bitext job and apply on bad input', () => {
  it.each([
    {args: ['job', `${seed}/tr.txt`, `${seed}/en.txt`], stderr: "bitext: job: missing -o <job.xlf>; run 'bitext job --help'\n"},
    {args: ['job', `${seed}/tr.txt`], stderr: "bitext: job: expected <source> <target>, got 1 file(s); run 'bitext job --help'\n"},
    {args: ['job', `${seed}/tr.txt`, `${seed}/en.txt`, '-o', 'x.xlf', '--min', '100'], stderr: "bitext: job: --min must be a score between 0 and 100 (exclusive); got '100'\n"},
    {args: ['job', 'missing.txt', `${seed}/en.txt`, '-o', 'x.xlf'], stderr: 'bitext: missing.txt: no such file; check the path\n'},
    {args: ['apply', 'job.xlf'], stderr: "bitext: apply: missing --to <target>; run 'bitext apply --help'\n"},
    {args: ['apply', 'job.xlf', '--to', 'en.txt'], stderr: "bitext: apply: give either -o <file> or --in-place; run 'bitext apply --help'\n"},
    {args: ['apply', 'missing.xlf', '--to', `${seed}/en.txt`, '-o', 'x'], stderr: 'bitext: missing.xlf: no such file\n'},
    {args: ['apply', `${seed}/en.txt`, '--to', `${seed}/en.txt`, '-o', 'x'], stderr: `bitext: ${seed}/en.txt: not well-formed XML: `, partial: true},
    {args: ['apply', 'test/job/wrong-target.xlf', '--to', 'fixtures/job-html/en.html', '-o', 'x'], stderr: 'bitext: fixtures/job-html/en.html: the job puts a block after target block 40, which the target does not have; make the job from this target\n'}
  ])('exits 2 with one line: $stderr', async ({args, stderr, partial}) => {
    const result = await runCli(args, {cwd: process.cwd()})
    expect(result.code).toBe(2)
    if (partial) expect([result.stderr.split('\n').length, result.stderr.startsWith(stderr)]).toStrictEqual([2, true])
    else expect(result.stderr).toBe(stderr)
  })
})
