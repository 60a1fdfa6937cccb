import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {applyBaseline, createBaseline, parseBaseline} from '../../src/check/baseline.js'
import {parseConfig} from '../../src/check/config.js'
import {findPairs} from '../../src/check/find-pairs.js'
import {staticPrefix} from '../../src/check/glob.js'
import {InputError} from '../../src/input-error.js'
import {sampleReport} from '../report/helpers/sample-report.js'

describe('staticPrefix', () => {
  it('finds the folder all matches sit under', () => {
    expect([staticPrefix('docs/{lang}/**/*.md'), staticPrefix('content/docs/*.{lang}.md'), staticPrefix('*.md'), staticPrefix('site/{a,b}/{lang}.md')]).toStrictEqual(['docs', 'content/docs', '.', 'site'])
  })
})

describe('parseConfig', () => {
  it('reads languages, patterns, rules, and resolves paths against the config folder', () => {
    const config = parseConfig(JSON.stringify({source: 'en', target: 'tr', pairs: ['docs/{lang}/*.md'], rules: {moved: 'off'}, lexicon: 'terms.tsv', glossary: 'g.csv'}), '/p/bitext.config.json')
    expect(config).toStrictEqual({source: 'en', target: 'tr', pairs: ['docs/{lang}/*.md'], rules: {moved: 'off'}, root: '/p', lexicon: '/p/terms.tsv', glossary: '/p/g.csv'})
  })

  it.each([
    {text: '{', message: /^c\.json: not JSON/},
    {text: '[]', message: /^c\.json: expected an object$/},
    {text: '{"source": "en", "target": "en"}', message: /two different language tags/},
    {text: '{"pairs": ["docs/*.md"]}', message: /containing \{lang\}/},
    {text: '{"rules": {"nope": "off"}}', message: /unknown rule "nope"/},
    {text: '{"rules": {"moved": "loud"}}', message: /rule "moved": expected error, warning, info or off/},
    {text: '{"rules": 3}', message: /expected "rules" to map/},
    {text: '{"lexicon": 3}', message: /expected "lexicon" to be a path/}
  ])('rejects $text with a one-line InputError', ({text, message}) => {
    expect(() => parseConfig(text, 'c.json')).toThrow(InputError)
    expect(() => parseConfig(text, 'c.json')).toThrow(message)
  })
})

describe('findPairs', () => {
  it('pairs files whose paths differ in the language only, and names the missing side', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'bitext-pairs-'))
    for (const file of ['docs/en/a.md', 'docs/tr/a.md', 'docs/en/sub/b.md', 'docs/tr/c.md', 'docs/de/a.md', 'docs/en/node_modules/x.md']) {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
      writeFileSync(path.join(root, file), 'x\n')
    }
    const config = parseConfig('{"source": "en", "target": "tr", "pairs": ["docs/{lang}/**/*.md"]}', path.join(root, 'bitext.config.json'))
    expect(await findPairs(config, root)).toStrictEqual([
      {source: 'docs/en/a.md', target: 'docs/tr/a.md'},
      {source: null, target: 'docs/tr/c.md', expected: 'docs/en/c.md'},
      {source: 'docs/en/sub/b.md', target: null, expected: 'docs/tr/sub/b.md'}
    ])
  })
})

describe('baselines', () => {
  it('suppresses the findings they hold and lists entries that no longer occur', () => {
    const report = sampleReport()
    const baseline = createBaseline([report])
    expect(baseline.findings.map((entry) => [entry.file, entry.fingerprint])).toStrictEqual([
      ['docs/en/a b.md', '00000000ffffffff'],
      ['docs/en/a b.md', '0123456789abcdef'],
      ['docs/tr/a b.md', 'fedcba9876543210']
    ])
    const later = {...report, findings: report.findings.slice(0, 2)}
    const extra = {...report.findings[0]!, fingerprint: '1111111111111111'}
    later.findings.push(extra)
    const result = applyBaseline([later], baseline)
    expect(result.reports[0]?.findings).toStrictEqual([extra])
    expect(result.reports[0]?.summary).toStrictEqual({error: 1, warning: 0, info: 0})
    expect(result.suppressed).toBe(2)
    expect(result.stale.map((entry) => entry.fingerprint)).toStrictEqual(['00000000ffffffff'])
  })

  it('calls an entry edited, not fixed, when a new finding of the same rule sits in the same file', () => {
    const report = sampleReport()
    const baseline = createBaseline([report])
    const first = report.findings[0]!
    const edited = {...first, fingerprint: '2222222222222222'}
    const result = applyBaseline([{...report, findings: [edited, ...report.findings.slice(1)]}], baseline)
    expect(result.reports[0]?.findings).toStrictEqual([edited])
    expect(result.edited.map((entry) => entry.fingerprint)).toStrictEqual([first.fingerprint])
    expect(result.stale).toStrictEqual([])
  })

  it('reads a baseline file and rejects a malformed one', () => {
    expect(parseBaseline('{"version": 1, "findings": []}', 'b.json')).toStrictEqual({version: 1, findings: []})
    expect(() => parseBaseline('nope', 'b.json')).toThrow(/^b\.json: not JSON/)
    expect(() => parseBaseline('{"findings": [{}]}', 'b.json')).toThrow('b.json: expected {"version": 1, "findings": [{"fingerprint": …}]}')
    expect(() => parseBaseline('{"version": 2, "findings": []}', 'b.json')).toThrow('b.json: baseline version 2, this bitext reads version 1; write a new one with --write-baseline')
  })
})
