import {describe, expect, it} from 'vitest'
import {formatJson} from '../../src/report/json.js'
import {sampleReport} from './helpers/sample-report.js'

describe('formatJson', () => {
  it('prints one report as it is', () => {
    expect(JSON.parse(formatJson([sampleReport()]))).toStrictEqual(sampleReport())
  })

  it('wraps several reports in {version, files, summary}', () => {
    const empty = {...sampleReport(), findings: [], summary: {error: 0, warning: 0, info: 0}}
    expect(JSON.parse(formatJson([sampleReport(), empty]))).toStrictEqual({
      version: 1,
      files: [sampleReport(), empty],
      summary: {error: 1, warning: 1, info: 1}
    })
  })

  it('ends with a newline', () => {
    expect(formatJson([sampleReport()]).endsWith('}\n')).toBe(true)
  })
})
