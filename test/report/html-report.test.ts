import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {CheckReport} from '../../src/check/types.js'
import {embedJson, escapeHtml} from '../../src/report/html/escape.js'
import {outdatedDiffs} from '../../src/report/html/outdated-diffs.js'
import {renderHtmlReport} from '../../src/report/html-report.js'

const load = (name: string) => JSON.parse(readFileSync(`test/fixtures-report/${name}.json`, 'utf8')) as CheckReport
const mixed = load('mixed-report')
const seed = load('seed-report')

function embeddedData(html: string): unknown {
  const match = /<script type="application\/json" id="bitext-data">(.*?)<\/script>/s.exec(html)
  return JSON.parse(match![1]!)
}

describe('escapeHtml', () => {
  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})

describe('embedJson', () => {
  it('writes JSON in which no script end or comment start can appear', () => {
    expect(embedJson({a: '</script><!--&\u2028'})).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}')
  })

  it('parses back to the same value', () => {
    expect(JSON.parse(embedJson(mixed))).toStrictEqual(mixed)
  })
})

describe('outdatedDiffs', () => {
  it('diffs the previous source against the current one, word by word', () => {
    expect(outdatedDiffs(mixed.findings)).toStrictEqual({
      2: [['=', 'Kurum '], ['-', '2022'], ['+', '2024'], ['=', ' yılında '], ['+', 'yeni '], ['=', 'bir ofis açtı.']]
    })
  })

  it('takes the changes the check wrote when there are some', () => {
    const finding = {
      ...mixed.findings[2]!,
      evidence: {changes: [{value: 'Kurum '}, {value: '2022', removed: true}, {value: '2024', added: true}]}
    }
    expect(outdatedDiffs([finding])).toStrictEqual({0: [['=', 'Kurum '], ['-', '2022'], ['+', '2024']]})
  })

  it('leaves out outdated findings without a previous text or valid changes', () => {
    const finding = {...mixed.findings[2]!, evidence: {changes: [{nope: 1}]}}
    expect(outdatedDiffs([finding, seed.findings[0]!])).toStrictEqual({})
  })
})

describe('renderHtmlReport', () => {
  const html = renderHtmlReport(mixed)

  it('embeds the report itself, with the outdated diffs and the weak-score threshold', () => {
    expect(embeddedData(html)).toStrictEqual({report: mixed, diffs: outdatedDiffs(mixed.findings), weakScore: 0.5})
  })

  it('keeps hostile text of the documents inside the JSON: two scripts, two script ends', () => {
    expect(mixed.alignment.source[7]!.text).toContain('</script><!--')
    expect(html.match(/<script\b/g)).toHaveLength(2)
    expect(html.match(/<\/script>/g)).toHaveLength(2)
    expect(html).not.toContain('<!-- <b>')
  })

  it('is self-contained: no URL, no src or href attribute, a policy that forbids loading anything', () => {
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/\s(src|href)=/)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`)
  })

  it('names both files in the title, and escapes a given title', () => {
    expect(html).toContain('<title>bitext report: tr.md ⇄ en.md</title>')
    expect(renderHtmlReport(mixed, {title: '<b>&'})).toContain('<title>&lt;b&gt;&amp;</title>')
    const {path: _source, ...unnamed} = mixed.source
    expect(renderHtmlReport({...mixed, source: unnamed})).toContain('<title>bitext report: source ⇄ en.md</title>')
  })

  it('takes the weak-score threshold from the options', () => {
    expect(embeddedData(renderHtmlReport(seed, {weakScore: 0.3}))).toMatchObject({weakScore: 0.3})
  })

  it('rejects what is not a check report', () => {
    expect(() => renderHtmlReport({findings: []} as unknown as CheckReport)).toThrow(
      new TypeError('renderHtmlReport: expected a CheckReport with `findings` and `alignment.beads`')
    )
  })
})
