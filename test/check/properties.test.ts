import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {findingFingerprint} from '../../src/check/fingerprint.js'
import {toCheckReport} from '../../src/check/to-check-report.js'
import type {BeadSpec} from './helpers/build-alignment.js'
import {buildAlignment, buildDocument} from './helpers/build-alignment.js'

const words = ['kurum', 'birlik', 'agency', 'the', '2015', '%40', 'WAPES', 'İŞKUR’un', 'Bakü', 'meeting', 'toplantı', 've', 'and']
const sentence = fc.array(fc.constantFrom(...words), {minLength: 1, maxLength: 8}).map((list) => `${list.join(' ')}.`)
const block = fc.array(sentence, {minLength: 1, maxLength: 3}).map((list) => list.join(' '))

/** Monotonic beads covering `m` source and `n` target blocks: 1-1 (or 1-0 where `skips` says) while both last, then the rest one-sided. */
function beads(m: number, n: number, skips: boolean[]): BeadSpec[] {
  const result: BeadSpec[] = []
  let i = 0
  let j = 0
  for (let k = 0; i < m && j < n; k++) {
    if (skips[k]) result.push([[i++], []])
    else result.push([[i++], [j++]])
  }
  while (i < m) result.push([[i++], []])
  while (j < n) result.push([[], [j++]])
  return result
}

describe('check properties', () => {
  it('never throws, places every finding on existing blocks, and its report counts every finding', () => {
    fc.assert(
      fc.property(fc.array(block, {maxLength: 6}), fc.array(block, {maxLength: 6}), fc.array(fc.boolean(), {maxLength: 8}), (left, right, skips) => {
        const alignment = buildAlignment(buildDocument(left, {lang: 'tr'}), buildDocument(right, {lang: 'en'}), beads(left.length, right.length, skips))
        const findings = check(alignment)
        for (const finding of findings) {
          if (finding.sourceLocation) expect(finding.sourceLocation.block).toBeLessThan(left.length)
          if (finding.targetLocation) expect(finding.targetLocation.block).toBeLessThan(right.length)
          expect(finding.sourceLocation ?? finding.targetLocation).not.toBe(null)
        }
        const {summary} = toCheckReport(alignment, findings)
        expect(summary.error + summary.warning + summary.info).toBe(findings.length)
      })
    )
  })

  it('finds nothing but untranslated pairs when a document is aligned with itself', () => {
    fc.assert(
      fc.property(fc.array(block, {minLength: 1, maxLength: 6}), (blocks) => {
        const document = buildDocument(blocks, {lang: 'tr'})
        const alignment = buildAlignment(document, buildDocument(blocks, {lang: 'en'}), beads(blocks.length, blocks.length, []))
        const rules = new Set(check(alignment).map((finding) => finding.ruleId))
        rules.delete('untranslated')
        rules.delete('duplicate')
        expect([...rules]).toStrictEqual([])
      })
    )
  })

  it('gives fingerprints that ignore white space runs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), {minLength: 1}), fc.array(fc.constantFrom(' ', '  ', '\n', '\u00A0'), {minLength: 1}), (list, gaps) => {
        const spaced = list.map((word, index) => word + (gaps[index % gaps.length] ?? ' ')).join('')
        expect(findingFingerprint('moved', spaced, '')).toBe(findingFingerprint('moved', list.join(' '), ''))
      })
    )
  })
})
