import {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {createFinding, toFindingJson} from '../../src/check/finding.js'
import {findingFingerprint} from '../../src/check/fingerprint.js'
import type {FindingLocation} from '../../src/check/types.js'

const source: FindingLocation = {path: 'tr.txt', block: 8, line: 17, column: 1, endLine: 17, endColumn: 30, text: '25-26 Nisan 2013 tarihlerinde'}
const target: FindingLocation = {path: 'en.txt', block: 9, line: 19, column: 1, endLine: 19, endColumn: 12, text: 'In 2014 and'}

describe('createFinding', () => {
  it('builds a vfile message placed at the target, with bitext fields', () => {
    const finding = createFinding({rule: 'number-mismatch', severity: 'error', message: 'Numbers differ', source, target, evidence: {source: ['2013']}})
    expect(finding).toBeInstanceOf(VFileMessage)
    expect({
      reason: finding.reason,
      ruleId: finding.ruleId,
      source: finding.source,
      fatal: finding.fatal,
      file: finding.file,
      place: finding.place,
      line: finding.line,
      column: finding.column,
      url: finding.url
    }).toStrictEqual({
      reason: 'Numbers differ',
      ruleId: 'number-mismatch',
      source: 'bitext',
      fatal: true,
      file: 'en.txt',
      place: {start: {line: 19, column: 1}, end: {line: 19, column: 12}},
      line: 19,
      column: 1,
      url: undefined
    })
  })

  it('maps warning to fatal false and info to fatal null', () => {
    expect(createFinding({rule: 'moved', severity: 'warning', message: 'm', source, target: null}).fatal).toBe(false)
    expect(createFinding({rule: 'moved', severity: 'info', message: 'm', source, target: null}).fatal).toBe(null)
  })

  it('places a one-sided finding at its only location', () => {
    const finding = createFinding({rule: 'only-in-source', severity: 'error', message: 'm', source, target: null})
    expect([finding.file, finding.line]).toStrictEqual(['tr.txt', 17])
  })
})

describe('toFindingJson', () => {
  it('gives the texts to highlight on each side, each once, without empty sides or blank texts', () => {
    const finding = createFinding({
      rule: 'number-mismatch', severity: 'error', message: 'Numbers differ', source, target,
      highlight: {source: ['2013', '2013', ' '], target: []}
    })
    expect(toFindingJson(finding).highlight).toStrictEqual({source: ['2013']})
  })

  it('has no highlight when the rule gives nothing to mark', () => {
    const finding = createFinding({rule: 'moved', severity: 'info', message: 'm', source, target, highlight: {source: [], target: []}})
    expect('highlight' in toFindingJson(finding)).toBe(false)
  })

  it('gives the plain data of a finding', () => {
    const finding = createFinding({rule: 'only-in-source', severity: 'error', message: 'Paragraph has no counterpart in the target', source, target: null})
    expect(toFindingJson(finding)).toStrictEqual({
      rule: 'only-in-source',
      severity: 'error',
      message: 'Paragraph has no counterpart in the target',
      source,
      target: null,
      evidence: {},
      fingerprint: findingFingerprint('only-in-source', source.text, '')
    })
  })
})

describe('findingFingerprint', () => {
  it('is 16 hex digits', () => {
    expect(findingFingerprint('only-in-source', 'a', 'b')).toMatch(/^[0-9a-f]{16}$/)
  })

  it('ignores white space, typographic quotes and dashes', () => {
    expect(findingFingerprint('moved', 'İŞKUR’un  2015–2018', 'x')).toBe(findingFingerprint('moved', "İŞKUR'un 2015-2018", 'x'))
  })

  it('differs by rule, by side and by key', () => {
    const base = findingFingerprint('moved', 'a', 'b')
    expect(findingFingerprint('duplicate', 'a', 'b')).not.toBe(base)
    expect(findingFingerprint('moved', 'b', 'a')).not.toBe(base)
    expect(findingFingerprint('moved', 'ab', '')).not.toBe(findingFingerprint('moved', 'a', 'b'))
    expect(findingFingerprint('moved', 'a', 'b', 'term')).not.toBe(base)
  })
})
