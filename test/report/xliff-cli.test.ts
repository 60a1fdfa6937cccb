import {describe, expect, it} from 'vitest'
import {hasXmllint, xliffSchemaErrors} from '../format/xliff-schema.js'
import {readXliff} from '../../src/format/read-xliff.js'
import {runCli} from '../helpers/run-cli.js'

const tr = 'fixtures/iskur-international-relations/tr.txt'
const en = 'fixtures/iskur-international-relations/en.txt'

describe('bitext align --format xliff', () => {
  it('writes the seed pair as XLIFF with the unmatched Baku paragraph to translate and its finding as a note', async () => {
    const {code, stdout} = await runCli(['align', tr, en, '--format', 'xliff'])
    const xliff = readXliff(stdout)
    const baku = xliff.units.find((unit) => unit.source.startsWith('25-26 Nisan 2013'))
    const wapes = xliff.units.find((unit) => unit.source.startsWith('WAPES, 18 Ekim 1988'))
    expect([code, xliff.sourceLang, xliff.targetLang, xliff.original]).toStrictEqual([0, 'tr', 'en', tr])
    expect(baku && {target: baku.target, state: baku.state, notes: baku.notes}).toStrictEqual({
      target: '',
      state: 'needs-translation',
      notes: ['error only-in-source: Paragraph has no counterpart in the target']
    })
    expect(wapes?.target).toBe('WAPES was founded on October 18, 1988 in Geneva and is headquartered in Brussels.')
  })

  it.skipIf(!hasXmllint)('is valid against the XLIFF 1.2 strict schema', async () => {
    const {stdout} = await runCli(['align', tr, en, '--format', 'xliff'])
    expect(xliffSchemaErrors(stdout, '1.2')).toBe('')
  })
})
