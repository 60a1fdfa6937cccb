import type {CheckReport, FindingJson} from '../check/types.js'
import {findingPlace} from '../check/finding-place.js'
import {escapeAttribute, escapeText} from '../format/xml-escape.js'

/**
 * Formats reports as JUnit XML, which most CI servers display: one test suite
 * per document pair, one test case per finding (errors and warnings fail,
 * info passes with the message as output), and one passing case for a pair
 * without findings.
 */
export function formatJunit(reports: readonly CheckReport[]): string {
  const suites = reports.map(suite)
  const tests = reports.reduce((sum, report) => sum + Math.max(1, report.findings.length), 0)
  const failures = reports.reduce((sum, report) => sum + failing(report.findings).length, 0)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="bitext check" tests="${tests}" failures="${failures}">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}

function suite(report: CheckReport): string {
  const name = `${report.source.path ?? 'source'} ⇄ ${report.target.path ?? 'target'}`
  const cases = report.findings.length > 0 ? report.findings.map((finding) => testCase(report, finding)) : [`    <testcase classname="bitext" name="${escapeAttribute(name)}"/>`]
  return [
    `  <testsuite name="${escapeAttribute(name)}" tests="${Math.max(1, report.findings.length)}" failures="${failing(report.findings).length}" errors="0">`,
    ...cases,
    '  </testsuite>'
  ].join('\n')
}

function testCase(report: CheckReport, finding: FindingJson): string {
  const place = findingPlace(report, finding)
  const where = place ? `${place.file}:${place.location.line}:${place.location.column}` : ''
  const head = `    <testcase classname="bitext.${finding.rule}" name="${escapeAttribute(`${where} ${finding.rule}`.trim())}">`
  const body = `${finding.message}\n${place ? place.location.text : ''}`
  const inner =
    finding.severity === 'info'
      ? `      <system-out>${escapeText(body)}</system-out>`
      : `      <failure type="${finding.severity}" message="${escapeAttribute(finding.message)}">${escapeText(body)}</failure>`
  return [head, inner, '    </testcase>'].join('\n')
}

function failing(findings: readonly FindingJson[]): FindingJson[] {
  return findings.filter((finding) => finding.severity !== 'info')
}
