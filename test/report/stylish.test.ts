import {describe, expect, it} from 'vitest'
import {formatStylish} from '../../src/report/stylish.js'
import {sampleReport} from './helpers/sample-report.js'

describe('formatStylish', () => {
  it('prints one header per file, aligned rows, and a summary', () => {
    expect(formatStylish([sampleReport()])).toBe(
      [
        'docs/en/a b.md',
        '  1:1-1:19  error    Numbers differ: source has 21%, target has 12% (source docs/tr/a b.md:1:1)  number-mismatch',
        '  3:1-3:5   info     Moved, 50% sure: a,b c (source docs/tr/a b.md:5:1)                          moved',
        '',
        'docs/tr/a b.md',
        '  3:1-3:7   warning  Heading has no counterpart in the target                                    only-in-source',
        '',
        '✖ 1 error, 1 warning, 1 info',
        ''
      ].join('\n')
    )
  })

  it('lines the rule ids up by terminal columns when a message quotes Chinese, two columns a letter', () => {
    const report = sampleReport()
    report.findings = report.findings.filter((finding) => finding.rule !== 'only-in-source')
    const first = report.findings[0] as (typeof report.findings)[number]
    first.message = 'Target lacks 莫拉莱斯'
    expect(formatStylish([report]).split('\n').slice(1, 3)).toStrictEqual([
      '  1:1-1:19  error  Target lacks 莫拉莱斯 (source docs/tr/a b.md:1:1)   number-mismatch',
      '  3:1-3:5   info   Moved, 50% sure: a,b c (source docs/tr/a b.md:5:1)  moved'
    ])
  })

  it('colours severities, file names and rule ids only when asked', () => {
    const output = formatStylish([sampleReport()], {color: true})
    expect(output.split('\n')[0]).toBe('\u001B[4mdocs/en/a b.md\u001B[24m')
    expect(output).toContain('\u001B[31merror  \u001B[39m')
    expect(output).toContain('\u001B[2mnumber-mismatch\u001B[22m')
  })

  it('says so when there is nothing to report', () => {
    expect(formatStylish([{...sampleReport(), findings: []}])).toBe('no divergences found\n')
  })

  it('summarises warnings alone with a warning sign', () => {
    const report = sampleReport()
    report.findings = report.findings.filter((finding) => finding.severity === 'warning')
    expect(formatStylish([report]).split('\n').at(-2)).toBe('⚠ 1 warning')
  })
})
