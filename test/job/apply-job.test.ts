import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDocument} from '../../src/document/parse-document.js'
import type {DocumentFormat} from '../../src/document/types.js'
import {applyJob} from '../../src/job/apply-job.js'
import type {XliffDocument, XliffUnit} from '../../src/format/xliff.js'

function job(units: XliffUnit[]): XliffDocument {
  return {sourceLang: 'tr', targetLang: 'en', original: 'tr', units}
}

function unit(group: string, id: string, target: string, state = 'translated'): XliffUnit {
  return {id, source: 'kaynak', target, state, notes: [], group}
}

const cases = [
  {
    name: 'plain text: a new paragraph after the aligned one, between blank lines',
    format: 'text',
    text: 'Title\n\nFirst paragraph.\n\nLast paragraph.\n',
    units: [unit('block=2;after=1;kind=paragraph', 'b2.s0', 'New one.'), unit('block=2;after=1;kind=paragraph', 'b2.s1', 'Two sentences.')],
    expected: 'Title\n\nFirst paragraph.\n\nNew one. Two sentences.\n\nLast paragraph.\n'
  },
  {
    name: 'plain text: a block before the first one',
    format: 'text',
    text: 'First paragraph.\n',
    units: [unit('block=0;after=-1;kind=heading;depth=1', 'b0.s0', 'Title')],
    expected: 'Title\n\nFirst paragraph.\n'
  },
  {
    name: 'Markdown: a heading keeps its depth, a list item its neighbour’s marker',
    format: 'markdown',
    text: '# Title\n\nSome text.\n\n* one\n* two\n',
    units: [unit('block=2;after=1;kind=heading;depth=2', 'b2.s0', 'Section'), unit('block=5;after=3;kind=list-item', 'b5.s0', 'three')],
    expected: '# Title\n\nSome text.\n\n## Section\n\n* one\n* two\n* three\n'
  },
  {
    name: 'Markdown: a replaced heading keeps its hashes',
    format: 'markdown',
    text: '# Title\n\n## Old name\n\nText.\n',
    units: [unit('block=1;replace=1;kind=heading;depth=2', 'b1.s0', 'New name')],
    expected: '# Title\n\n## New name\n\nText.\n'
  },
  {
    name: 'HTML: a new element after the aligned one, indented like it, text escaped, the rest unchanged',
    format: 'html',
    text: '<body>\n  <h2 id="a">Heading</h2>\n  <p class="x">First <b>para</b>.</p>\n</body>\n',
    units: [unit('block=1;after=0;kind=paragraph', 'b1.s0', 'Fish & <chips>.')],
    expected: '<body>\n  <h2 id="a">Heading</h2>\n  <p>Fish &amp; &lt;chips&gt;.</p>\n  <p class="x">First <b>para</b>.</p>\n</body>\n'
  },
  {
    name: 'HTML: a replaced block keeps its element and attributes',
    format: 'html',
    text: '<body>\n  <p class="x">Eski <b>metin</b>.</p>\n</body>\n',
    units: [unit('block=0;replace=0;kind=paragraph', 'b0.s0', 'New text.')],
    expected: '<body>\n  <p class="x">New text.</p>\n</body>\n'
  }
] as const

describe('applyJob', () => {
  it.each(cases)('$name', ({format, text, units, expected}) => {
    const target = parseDocument(text, {format: format as DocumentFormat, lang: 'en'})
    const result = applyJob(target, text, job([...units]))
    expect(result.text).toBe(expected)
    expect(result.untranslated).toStrictEqual([])
  })

  it('leaves out a block with an untranslated unit and lists that unit', () => {
    const text = 'First.\n\nLast.\n'
    const group = 'block=1;after=0;kind=paragraph'
    const missing = unit(group, 'b1.s1', '', 'needs-translation')
    const result = applyJob(parseDocument(text, {format: 'text'}), text, job([unit(group, 'b1.s0', 'Done.'), missing]))
    expect(result).toStrictEqual({text, applied: [], untranslated: [missing]})
  })

  it('leaves the target byte-identical when no unit is translated (property)', () => {
    const paragraph = fc.stringMatching(/^[A-Za-z][A-Za-z .,]{0,30}$/)
    const state = fc.constantFrom('needs-translation', 'new', 'translated')
    fc.assert(fc.property(fc.array(paragraph, {minLength: 1, maxLength: 6}), fc.array(fc.tuple(fc.integer({min: -1, max: 6}), state), {maxLength: 5}), (paragraphs, groups) => {
      const text = paragraphs.join('\n\n') + '\n'
      const units = groups.map(([after, unitState], index) => unit(`block=${index};after=${after};kind=paragraph`, `b${index}.s0`, unitState === 'translated' ? '  ' : 'Draft.', unitState))
      expect(applyJob(parseDocument(text, {format: 'text'}), text, job(units)).text).toBe(text)
    }))
  })

  it('rejects a job that is not one', () => {
    expect(() => applyJob(parseDocument('a', {format: 'text'}), 'a', {} as never)).toThrow(new TypeError('applyJob: expected the target document, its text and a job read with `readXliff`'))
  })
})
