import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {toFindingJson} from '../../src/check/finding.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildAlignment} from './helpers/build-alignment.js'

// A file of one sentence a line is one block a side: twenty sentences, each with its own year.
const years = Array.from({length: 20}, (_, index) => 2001 + index)
const turkish = years.map((year) => `Kurum ${year} yılında yeni bir hizmet başlattı ve bunu duyurdu.`)
const english = years.map((year) => `The agency started a new service in ${year} and announced it.`)

/** The findings of a check of the two files, aligned line by line. */
function findingsOf(source: string[], target: string[]) {
  const alignment = buildAlignment(parseDocument(source.join('\n'), {format: 'lines', lang: 'tr'}), parseDocument(target.join('\n'), {format: 'lines', lang: 'en'}), [[[0], [0]]])
  return check(alignment).map((finding) => toFindingJson(finding))
}

describe('a block pair of one sentence a line', () => {
  it('reports a number that differs in one sentence at that sentence, not over the whole file', () => {
    const changed = english.map((line, index) => (index === 8 ? line.replace('2009', '2010') : line))
    expect(findingsOf(turkish, changed).map((finding) => [finding.rule, finding.message, finding.source?.line, finding.target?.line, finding.target?.endLine])).toStrictEqual([
      ['number-mismatch', 'Numbers differ: source has 2009, target has 2010', 9, 9, 9]
    ])
  })

  it('finds nothing in a faithful pair whose numbers all match', () => {
    expect(findingsOf(turkish, english)).toStrictEqual([])
  })
})
