import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {checkProject} from '../../src/check/check-project.js'
import {readConfig} from '../../src/check/config.js'
import type {CheckReport} from '../../src/check/types.js'
import {runCli} from '../helpers/run-cli.js'

/** The built binary (`npm test` builds it first); `BITEXT_CLI` points at another build. */
const bin = process.env['BITEXT_CLI'] ?? path.resolve('dist/cli.js')
let root = ''

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bitext-agree-'))
  for (const lang of ['tr', 'en']) {
    mkdirSync(path.join(root, 'docs', lang), {recursive: true})
    cpSync(`fixtures/iskur-international-relations/${lang}.txt`, path.join(root, 'docs', lang, 'page.txt'))
  }
  writeFileSync(path.join(root, 'glossary.csv'), 'İŞKUR,Employment Bureau\n')
  const config = {source: 'tr', target: 'en', pairs: ['docs/{lang}/*.txt'], rules: {divergent: 'off', 'name-mismatch': 'off'}, glossary: 'glossary.csv'}
  writeFileSync(path.join(root, 'c.json'), JSON.stringify(config))
})

/** Rule, severity and line of each finding, in order. */
function brief(reports: readonly CheckReport[]) {
  return reports.flatMap((report) => report.findings.map((finding) => [finding.rule, finding.severity, finding.source?.line ?? finding.target?.line]))
}

const expected = [
  ['glossary', 'warning', 7],
  ['glossary', 'warning', 13],
  ['only-in-source', 'error', 17],
  ['glossary', 'warning', 19],
  ['only-in-target', 'error', 19],
  ['glossary', 'warning', 25],
  ['only-in-source', 'warning', 35]
]

describe('the library and the CLI read a config the same way', () => {
  it("checkProject applies the config's rules and glossary as bitext check does", async () => {
    const library = await checkProject(await readConfig(path.join(root, 'c.json')), {cwd: root})
    const cli = await runCli(['check', '--config', 'c.json', '--format', 'json'], {cwd: root})
    expect(brief(library)).toStrictEqual(expected)
    expect(brief([JSON.parse(cli.stdout) as CheckReport])).toStrictEqual(expected)
  })

  it.skipIf(!existsSync(bin))('bitext report shows the page the gate checked, from --config or --glossary', () => {
    const run = (args: string[]) => execFileSync(process.execPath, [bin, ...args], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']})
    const gate = run(['check', '--config', 'c.json', '--format', 'html', '--fail-on', 'never'])
    expect(run(['report', '--config', 'c.json', 'docs/tr/page.txt', 'docs/en/page.txt'])).toBe(gate)
    expect(run(['report', 'docs/tr/page.txt', 'docs/en/page.txt', '--glossary', 'glossary.csv'])).toContain('Glossary: “İŞKUR” should be translated as “Employment Bureau”')
    expect(run(['report', 'docs/tr/page.txt', 'docs/en/page.txt'])).not.toContain('Glossary: “İŞKUR”')
  })
})
