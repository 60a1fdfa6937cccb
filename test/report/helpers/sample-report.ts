import type {CheckReport} from '../../../src/check/types.js'

/** A small hand-made report: one two-sided, one source-only and one info finding. */
export function sampleReport(): CheckReport {
  return {
    version: 1,
    source: {path: 'docs/tr/a b.md', lang: 'tr', blocks: 3},
    target: {path: 'docs/en/a b.md', lang: 'en', blocks: 2},
    findings: [
      {
        rule: 'number-mismatch',
        severity: 'error',
        message: 'Numbers differ: source has 21%, target has 12%',
        source: {block: 0, line: 1, column: 1, endLine: 1, endColumn: 14, text: 'Oran %21 oldu.'},
        target: {block: 0, line: 1, column: 1, endLine: 1, endColumn: 19, text: 'The rate was 12%.'},
        evidence: {source: [{kind: 'percent', text: '%21', value: '21%'}], target: [{kind: 'percent', text: '12%', value: '12%'}]},
        fingerprint: '0123456789abcdef'
      },
      {
        rule: 'only-in-source',
        severity: 'warning',
        message: 'Heading has no counterpart in the target',
        source: {block: 1, line: 3, column: 1, endLine: 3, endColumn: 7, text: 'DİĞER'},
        target: null,
        evidence: {},
        fingerprint: 'fedcba9876543210'
      },
      {
        rule: 'moved',
        severity: 'info',
        message: 'Moved, 50% sure: a,b\nc',
        source: {block: 2, line: 5, column: 1, endLine: 5, endColumn: 5, text: 'Son.'},
        target: {block: 1, line: 3, column: 1, endLine: 3, endColumn: 5, text: 'End.'},
        evidence: {},
        fingerprint: '00000000ffffffff'
      }
    ],
    summary: {error: 1, warning: 1, info: 1},
    alignment: {source: [], target: [], beads: []}
  }
}
