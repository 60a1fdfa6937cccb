import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import type {CheckReport} from '../../src/check/types.js'
import {xliffSchemaErrors} from '../format/xliff-schema.js'
import {runCli} from '../helpers/run-cli.js'

const folder = mkdtempSync(path.join(tmpdir(), 'bitext-inline-loop-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
const inFolder = (name: string) => path.join(folder, name)

async function findings(source: string, target: string) {
  const {stdout} = await runCli(['check', source, target, '--format', 'json'])
  return (JSON.parse(stdout) as CheckReport).findings.map((finding) => ({rule: finding.rule, source: finding.source?.block ?? null}))
}

/** A translator's work in a CAT tool: the target of one unit, inline tags included (XML as given), marked translated. */
function fill(xliff: string, unit: string, target: string, version: 1 | 2): string {
  const pattern = version === 1
    ? new RegExp(`(<trans-unit id="${unit}">\\s*<source>.*</source>\\s*<target xml:lang="en") state="needs-translation"></target>`)
    : new RegExp(`(<unit id="${unit}">[^]*?<segment id="s1") state="initial">(\\s*<source>.*</source>\\s*)<target></target>`)
  if (!pattern.test(xliff)) throw new Error(`no untranslated unit ${unit}`)
  return xliff.replace(pattern, version === 1 ? `$1 state="translated">${target}</target>` : `$1 state="translated">$2<target>${target}</target>`)
}

describe('the translation loop on a real Markdown pair whose missing paragraph has inline code and a link', () => {
  const pair = 'fixtures/job-real-markdown'
  const job = inFolder('md.xlf')
  const out = inFolder('en.md')

  it('carries the inline code and the link as <ph> and <bpt>/<ept> in one unit (valid against the XLIFF 1.2 strict schema), and applies the translation with them', async () => {
    const before = await findings(`${pair}/tr.md`, `${pair}/en.md`)
    expect(before).toContainEqual({rule: 'only-in-source', source: 4})
    expect((await runCli(['job', `${pair}/tr.md`, `${pair}/en.md`, '-o', job])).code).toBe(0)
    const xliff = readFileSync(job, 'utf8')
    expect(xliff).toContain('<source><ph id="1">`root`</ph> argümanı statik dosyaların bulunduğu ana dizine karşılık gelir. <ph id="2">`options`</ph> argümanı hakkında detaylı bilgi için, <bpt id="3">[</bpt>express.static<ept id="3">](/{{page.lang}}/4x/api.html#express.static)</ept> sayfasını ziyaret edin.</source>')
    expect(xliffSchemaErrors(xliff, '1.2')).toBe('')
    writeFileSync(job, fill(xliff, 'b4.s0', 'The <ph id="1">`root`</ph> argument specifies the root directory from which to serve static assets. For more information on the <ph id="2">`options`</ph> argument, see <bpt id="3">[</bpt>express.static<ept id="3">](/{{page.lang}}/4x/api.html#express.static)</ept>.', 1))
    expect(await runCli(['apply', job, '--to', `${pair}/en.md`, '-o', out])).toStrictEqual({code: 0, stdout: '', stderr: `1 block applied → ${out}\n`})
    const paragraph = 'The `root` argument specifies the root directory from which to serve static assets. For more information on the `options` argument, see [express.static](/{{page.lang}}/4x/api.html#express.static).'
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(`${pair}/en.md`, 'utf8').replace('express.static(root, [options])\n```\n\n', `express.static(root, [options])\n\`\`\`\n\n${paragraph}\n\n`))
    expect(await findings(`${pair}/tr.md`, out)).toStrictEqual(before.filter((finding) => !(finding.rule === 'only-in-source' && finding.source === 4)))
  })
})

describe('the translation loop on an HTML pair whose missing paragraph has a link and bold text, through an XLIFF 2 job', () => {
  const tr = inFolder('tr.html')
  const en = inFolder('en.html')
  writeFileSync(tr, '<h1>Hakkımızda</h1>\n<p>Ajansımız 1946 yılında Ankara’da kuruldu.</p>\n<p>Ayrıntılar için <a href="/tr/tarihce">tarihçe sayfamızı</a> okuyun ve <strong>2024 raporunu</strong> indirin.</p>\n<p>Bugün 81 ilde hizmet veriyoruz.</p>\n')
  writeFileSync(en, '<h1>About us</h1>\n<p>Our agency was founded in Ankara in 1946.</p>\n<p>Today we serve in 81 provinces.</p>\n')

  it('writes the job as XLIFF 2.0 valid against the OASIS core schema, and puts the paragraph back with its <a> and <strong>, the text escaped, the rest of the page unchanged', async () => {
    expect(await findings(tr, en)).toStrictEqual([{rule: 'only-in-source', source: 2}])
    const job = inFolder('html.xlf')
    expect((await runCli(['job', tr, en, '--xliff-version', '2', '-o', job])).code).toBe(0)
    const xliff = readFileSync(job, 'utf8')
    expect(xliffSchemaErrors(xliff, '2.0')).toBe('')
    expect(xliff).toContain('<data id="d1">&lt;a href="/tr/tarihce"&gt;</data>')
    expect(xliff).toContain('<source>Ayrıntılar için <ph id="1" dataRef="d1"/>tarihçe sayfamızı<ph id="2" dataRef="d2"/> okuyun ve <ph id="3" dataRef="d3"/>2024 raporunu<ph id="4" dataRef="d4"/> indirin.</source>')
    writeFileSync(job, fill(xliff, 'b2.s0', 'Read <ph id="1" dataRef="d1"/>our history page<ph id="2" dataRef="d2"/> for details &amp; download <ph id="3" dataRef="d3"/>the 2024 report<ph id="4" dataRef="d4"/>.', 2))
    const out = inFolder('en-new.html')
    expect(await runCli(['apply', job, '--to', en, '-o', out])).toStrictEqual({code: 0, stdout: '', stderr: `1 block applied → ${out}\n`})
    expect(readFileSync(out, 'utf8')).toBe('<h1>About us</h1>\n<p>Our agency was founded in Ankara in 1946.</p>\n<p>Read <a href="/tr/tarihce">our history page</a> for details &amp; download <strong>the 2024 report</strong>.</p>\n<p>Today we serve in 81 provinces.</p>\n')
    expect(await findings(tr, out)).toStrictEqual([])
  })
})
