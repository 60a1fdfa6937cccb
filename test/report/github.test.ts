import {describe, expect, it} from 'vitest'
import {escapeData, escapeProperty, formatGithub} from '../../src/report/github.js'
import {sampleReport} from './helpers/sample-report.js'

describe('formatGithub', () => {
  it('writes one workflow command per finding, info as notice, with escaping', () => {
    expect(formatGithub([sampleReport()]).split('\n')).toStrictEqual([
      '::error file=docs/en/a b.md,line=1,col=1,endLine=1,endColumn=19,title=bitext number-mismatch::Numbers differ: source has 21%25, target has 12%25',
      '::warning file=docs/tr/a b.md,line=3,col=1,endLine=3,endColumn=7,title=bitext only-in-source::Heading has no counterpart in the target',
      '::notice file=docs/en/a b.md,line=3,col=1,endLine=3,endColumn=5,title=bitext moved::Moved, 50%25 sure: a,b%0Ac',
      ''
    ])
  })

  it('keeps text from a document inside its own command: no new line, no escape sequence', () => {
    const report = sampleReport()
    const hostile = {...report, source: {...report.source, path: 'a\n::error::x.md'}, findings: [{...report.findings[1]!, message: 'Heading “\u001B[2J\n::error file=x::pwned” has no counterpart'}]}
    expect(formatGithub([hostile])).toBe(
      '::warning file=a%0A%3A%3Aerror%3A%3Ax.md,line=3,col=1,endLine=3,endColumn=7,title=bitext only-in-source::Heading “\\u{1b}[2J%0A::error file=x::pwned” has no counterpart\n'
    )
  })

  it('prints nothing without findings', () => {
    expect(formatGithub([{...sampleReport(), findings: []}])).toBe('')
  })
})

describe('escapeData / escapeProperty', () => {
  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50% a:b,c\r\nd')).toBe('50%25 a:b,c%0D%0Ad')
    expect(escapeProperty('C:\\docs\\a,b%\n.md')).toBe('C%3A\\docs\\a%2Cb%25%0A.md')
    expect(escapeData('bell\u0007 and \u202Eright-to-left')).toBe('bell\\u{7} and \\u{202e}right-to-left')
  })
})
