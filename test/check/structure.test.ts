import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {toFindingJson} from '../../src/check/finding.js'
import {findGaps} from '../../src/check/gaps.js'
import {isMarkupOnly} from '../../src/check/markup-only.js'
import {dice} from '../../src/text/dice.js'
import {stripTemplateTags} from '../../src/text/template-tags.js'
import {buildAlignment, buildDocument} from './helpers/build-alignment.js'

const summarize = (alignment: Parameters<typeof check>[0]) =>
  check(alignment).map((finding) => {
    const json = toFindingJson(finding)
    return {rule: json.rule, severity: json.severity, message: json.message, source: json.source?.block ?? null, target: json.target?.block ?? null}
  })

describe('gaps', () => {
  it('joins consecutive one-sided beads and stops at a pair', () => {
    const beads = [
      {source: [0], target: [0], score: 1},
      {source: [1], target: [], score: 0},
      {source: [], target: [1], score: 0},
      {source: [], target: [2], score: 0},
      {source: [2], target: [3], score: 1},
      {source: [], target: [4], score: 0}
    ]
    expect(findGaps({blocks: beads})).toStrictEqual([
      {source: [1], target: [1, 2]},
      {source: [], target: [4]}
    ])
  })
})

describe('structure', () => {
  it('reports one note, not one error per item, for a list written as one paragraph on one side and items on the other', () => {
    const names = ['CWE-73 External Control of File Name or Path', 'CWE-183 Permissive List of Allowed Inputs', 'CWE-209 Generation of Error Message', 'CWE-256 Unprotected Storage of Credentials']
    const source = buildDocument(['Eşlenen CWE listesi', names.join(' ')], {lang: 'tr'})
    const target = buildDocument([{text: 'List of Mapped CWEs', kind: 'heading'}, ...names.map((text) => ({text, kind: 'list-item' as const}))], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], []], [[], [1]], [[], [2]], [[], [3]], [[], [4]]])
    expect(summarize(alignment)).toStrictEqual([
      {rule: 'structure', severity: 'info', message: 'Same content in another shape: 1 paragraph in the source, 4 list items in the target', source: 1, target: 1}
    ])
  })

  it('keeps the omissions when the two sides of a gap share few words', () => {
    const source = buildDocument(['Başlık', 'Kurum yeni bir ofis açtı ve personel aldı.'], {lang: 'tr'})
    const target = buildDocument(['Title', 'The board met twice this year in Geneva.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], []], [[], [1]]])
    expect(summarize(alignment).map((finding) => finding.rule)).toStrictEqual(['only-in-source', 'only-in-target'])
  })

  it('measures shared words as a Dice coefficient over multisets', () => {
    expect(dice(['a', 'b', 'b'], ['b', 'b', 'c', 'd'])).toBe(4 / 7)
    expect(dice([], [])).toBe(0)
  })
})

describe('template tags', () => {
  it('removes Liquid, Jinja, comment and MkDocs include tags and keeps the words between them', () => {
    expect(stripTemplateTags('{% capture note %}Read this{% endcapture %} {{ page.lang }} {# c #} {* ../a/tutorial001.py *}')).toBe(' Read this' + ' '.repeat(7))
  })

  it('calls a block of tags markup only, and a block with words between tags content', () => {
    expect(isMarkupOnly('{% include admonitions/note.html content=debug-text %}')).toBe(true)
    expect(isMarkupOnly('{% capture alert %} For best results, use a cache {% endcapture %}')).toBe(false)
    expect(isMarkupOnly('A {brace} alone is text')).toBe(false)
  })

  it('does not report tags that wrap a note the other side writes plainly', () => {
    const source = buildDocument(['Ortam değişkenleri hakkında bir not burada.'], {lang: 'tr'})
    const target = buildDocument(['{% capture note %}', 'A note about environment variables here.', '{% endcapture %}', '{% include note.html content=note %}'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[], [0]], [[0], [1]], [[], [2]], [[], [3]]])
    expect(summarize(alignment)).toStrictEqual([])
  })

  it('reports an include that stands in a removed section together with the section', () => {
    const source = buildDocument(['Giriş burada.', 'Eski bölüm kaldırıldı ama burada duruyor.', '{* ../../docs_src/tutorial002.py *}'], {lang: 'tr'})
    const target = buildDocument(['The introduction is here.'], {lang: 'en'})
    const alignment = buildAlignment(source, target, [[[0], [0]], [[1], []], [[2], []]])
    expect(summarize(alignment).map((finding) => [finding.rule, finding.source])).toStrictEqual([
      ['only-in-source', 1],
      ['only-in-source', 2]
    ])
  })
})

describe('one divergence, one finding', () => {
  it('keeps the number finding of a pair and attaches the divergent verdict to it', () => {
    const source = buildDocument(['Bu dosyalar ilk olarak 25 Mart 2014 tarihinde Computer History Museum sitesinde paylaşıldı.'], {lang: 'tr'})
    const target = buildDocument(['The MS-DOS v1.25 and v2.0 files were originally shared at the CHM on March 26, 2014 and IBM kept them.'], {lang: 'en'})
    const findings = check(buildAlignment(source, target, [[[0], [0]]])).map(toFindingJson)
    expect(findings.map((finding) => finding.rule)).toStrictEqual(['number-mismatch'])
    expect((findings[0]?.evidence['also'] as Array<{rule: string}>).map((other) => other.rule)).toStrictEqual(['divergent'])
  })
})
