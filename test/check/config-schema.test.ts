import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {parseConfig} from '../../src/check/config.js'
import {ruleTable} from '../../src/check/rule-table.js'

const schema = JSON.parse(readFileSync('bitext.config.schema.json', 'utf8')) as {properties: {rules: {properties: Record<string, unknown>}}}
const validate = new Ajv({allErrors: true}).compile(schema)

/** The JSON block that follows the README's `### Configuration` heading. */
function readmeExample(): unknown {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('### Configuration'))
  const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? ''
  return JSON.parse(block)
}

describe('bitext.config.schema.json', () => {
  it("accepts the README's example config, which points at it with $schema", () => {
    const example = readmeExample() as Record<string, unknown>
    expect(example['$schema']).toBe('./node_modules/bitext/bitext.config.schema.json')
    expect([validate(example), validate.errors ?? null]).toStrictEqual([true, null])
  })

  it("and bitext reads the README's example config, $schema included", () => {
    expect(parseConfig(JSON.stringify(readmeExample()), '/p/bitext.config.json')).toStrictEqual({
      source: 'en',
      target: 'tr',
      pairs: ['docs/{lang}/**/*.md'],
      rules: {moved: 'off', untranslated: 'warning'},
      root: '/p',
      lexicon: '/p/terms.tsv',
      glossary: '/p/glossary.csv'
    })
  })

  it('lists exactly the rules bitext has', () => {
    expect(Object.keys(schema.properties.rules.properties)).toStrictEqual(ruleTable.map((rule) => rule.id))
  })

  it.each([
    {config: {}, error: "must have required property 'pairs'"},
    {config: {pairs: []}, error: 'must NOT have fewer than 1 items'},
    {config: {pairs: ['docs/*.md']}, error: 'must match pattern "\\{lang\\}"'},
    {config: {pairs: ['docs/{lang}/*.md'], glosary: 'g.csv'}, error: 'must NOT have additional properties'},
    {config: {pairs: ['docs/{lang}/*.md'], rules: {moved: 'loud'}}, error: 'must be equal to one of the allowed values'}
  ])('rejects $config as an editor would', ({config, error}) => {
    expect(validate(config)).toBe(false)
    expect(validate.errors?.[0]?.message).toBe(error)
  })
})
