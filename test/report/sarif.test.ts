import {readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {toSarif} from '../../src/report/sarif.js'
import {sampleReport} from './helpers/sample-report.js'

const schema = JSON.parse(readFileSync(new URL('schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object

function validate(value: unknown): unknown {
  const ajv = new Ajv2020({strict: false, validateFormats: false, allErrors: true})
  const valid = ajv.validate(schema, value)
  return valid ? [] : ajv.errors
}

describe('toSarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(validate(toSarif([sampleReport()], {toolVersion: '0.1.0'}))).toStrictEqual([])
    expect(validate(toSarif([]))).toStrictEqual([])
  })

  it('has a schema that does reject a wrong log (the check is not vacuous)', () => {
    const log = toSarif([sampleReport()]) as unknown as {runs: Array<{results: Array<{level: string}>}>}
    const result = log.runs[0]?.results[0]
    if (result) result.level = 'fatal'
    expect(validate(log)).not.toStrictEqual([])
  })

  it('describes every rule and sets partial fingerprints, levels and locations', () => {
    const log = toSarif([sampleReport()])
    const run = log.runs[0] as {tool: {driver: {rules: Array<{id: string}>}}; results: Array<Record<string, unknown>>}
    expect(run.tool.driver.rules.map((rule) => rule.id)).toStrictEqual([
      'only-in-source', 'only-in-target', 'number-mismatch', 'code-mismatch', 'link-mismatch', 'name-mismatch', 'untranslated', 'wrong-language',
      'moved', 'divergent', 'outdated', 'glossary', 'duplicate', 'structure'
    ])
    expect(run.results[0]).toStrictEqual({
      ruleId: 'number-mismatch',
      ruleIndex: 2,
      level: 'error',
      message: {text: 'Numbers differ: source has 21%, target has 12%'},
      partialFingerprints: {'bitext/v1': '0123456789abcdef'},
      properties: {evidence: sampleReport().findings[0]?.evidence, side: 'target'},
      locations: [
        {physicalLocation: {artifactLocation: {uri: 'docs/en/a%20b.md'}, region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 19, snippet: {text: 'The rate was 12%.'}}}}
      ],
      relatedLocations: [
        {
          id: 1,
          message: {text: 'The source side'},
          physicalLocation: {artifactLocation: {uri: 'docs/tr/a%20b.md'}, region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 14, snippet: {text: 'Oran %21 oldu.'}}}
        }
      ]
    })
    expect(run.results.map((result) => result['level'])).toStrictEqual(['error', 'warning', 'note'])
  })

  it('gives each rule the help a code-scanning alert shows, and no link to a page that does not exist', () => {
    const driver = (toSarif([]).runs[0] as {tool: {driver: Record<string, unknown> & {rules: Array<Record<string, unknown>>}}}).tool.driver
    const number = driver.rules.find((rule) => rule['id'] === 'number-mismatch')
    expect(number?.['help']).toStrictEqual({
      text: 'Numbers are compared by value in each side’s locale (`15.000` = `15,000`, `%40` = `40%`, `18 Ekim 1988` = `October 18, 1988`). Correct the value on the side that is wrong; a number only one side writes is a warning.',
      markdown: 'Numbers are compared by value in each side’s locale (`15.000` = `15,000`, `%40` = `40%`, `18 Ekim 1988` = `October 18, 1988`). Correct the value on the side that is wrong; a number only one side writes is a warning.'
    })
    expect(driver.rules.filter((rule) => ((rule['help'] as {text?: string} | undefined)?.text ?? '').length < 20)).toStrictEqual([])
    expect(JSON.stringify(driver)).not.toContain('Uri')
  })

  it('writes absolute paths as file URLs', () => {
    const report = sampleReport()
    report.target.path = '/srv/docs/en.md'
    const run = toSarif([report]).runs[0] as {results: Array<{locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}>}
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('file:///srv/docs/en.md')
  })
})
