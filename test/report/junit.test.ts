import {describe, expect, it} from 'vitest'
import {formatJunit} from '../../src/report/junit.js'
import {sampleReport} from './helpers/sample-report.js'

describe('formatJunit', () => {
  it('writes one failing test case per error or warning and a passing one per info', () => {
    expect(formatJunit([sampleReport()])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="bitext check" tests="3" failures="2">',
        '  <testsuite name="docs/tr/a b.md ⇄ docs/en/a b.md" tests="3" failures="2" errors="0">',
        '    <testcase classname="bitext.number-mismatch" name="docs/en/a b.md:1:1 number-mismatch">',
        '      <failure type="error" message="Numbers differ: source has 21%, target has 12%">Numbers differ: source has 21%, target has 12%\nThe rate was 12%.</failure>',
        '    </testcase>',
        '    <testcase classname="bitext.only-in-source" name="docs/tr/a b.md:3:1 only-in-source">',
        '      <failure type="warning" message="Heading has no counterpart in the target">Heading has no counterpart in the target\nDİĞER</failure>',
        '    </testcase>',
        '    <testcase classname="bitext.moved" name="docs/en/a b.md:3:1 moved">',
        '      <system-out>Moved, 50% sure: a,b\nc\nEnd.</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        ''
      ].join('\n')
    )
  })

  it('writes one passing test case for a pair without findings', () => {
    expect(formatJunit([{...sampleReport(), findings: []}])).toContain(
      '  <testsuite name="docs/tr/a b.md ⇄ docs/en/a b.md" tests="1" failures="0" errors="0">\n    <testcase classname="bitext" name="docs/tr/a b.md ⇄ docs/en/a b.md"/>'
    )
  })
})
