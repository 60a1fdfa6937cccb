import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {check} from '../../src/check/check.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {buildAlignment, buildDocument} from './helpers/build-alignment.js'
import {summarize} from './helpers/summarize.js'

const tr = [
  'Birinci paragraf burada duruyor ve konuyu açıyor.',
  'WAPES 18 Ekim 1988 tarihinde Cenevre’de kuruldu; merkezi Brüksel’dedir ve 2015-2018 döneminde İŞKUR başkanlık yaptı.',
  'İkinci paragraf konuyu biraz daha anlatıyor.',
  'Üçüncü paragraf sonraki adımı açıklıyor.',
  'Dördüncü paragraf işi bitiriyor.'
]
const en = [
  'The first paragraph is here and opens the topic.',
  'The second paragraph tells a bit more about it.',
  'The third paragraph explains the next step.',
  'WAPES was founded in Geneva on October 18, 1988; it sits in Brussels, and İŞKUR presided over it in 2015-2018.',
  'The fourth paragraph finishes the work.'
]

describe('moved', () => {
  it('reports a block whose counterpart sits elsewhere as one finding with both places', () => {
    const alignment = buildAlignment(buildDocument(tr, {lang: 'tr'}), buildDocument(en, {lang: 'en'}), [
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[3], [2]],
      [[], [3]],
      [[4], [4]]
    ])
    const findings = summarize(check(alignment)).map(({rule, severity, message, source, target}) => ({rule, severity, message, source, target}))
    expect(findings).toStrictEqual([
      {rule: 'moved', severity: 'warning', message: 'Block moved: source line 3 is translated at target line 7, out of order', source: 1, target: 3}
    ])
  })

  it('leaves neighbouring orphans that do not translate each other as only-in findings', () => {
    const alignment = buildAlignment(buildDocument(tr.slice(0, 2), {lang: 'tr'}), buildDocument([en[0] ?? '', 'A different text about something else.'], {lang: 'en'}), [
      [[0], [0]],
      [[1], []],
      [[], [1]]
    ])
    expect(summarize(check(alignment)).map((finding) => finding.rule)).toStrictEqual(['only-in-source', 'only-in-target'])
  })

  it('pairs orphans that read the same however short, by their text', () => {
    const alignment = buildAlignment(buildDocument([tr[0] ?? '', 'Locks', tr[2] ?? '', tr[3] ?? ''], {lang: 'tr'}), buildDocument([en[0] ?? '', en[1] ?? '', en[2] ?? '', 'Locks'], {lang: 'en'}), [
      [[0], [0]],
      [[1], []],
      [[2], [1]],
      [[3], [2]],
      [[], [3]]
    ])
    expect(summarize(check(alignment)).map(({rule, source, target, evidence}) => ({rule, source, target, evidence}))).toStrictEqual([
      {rule: 'moved', source: 1, target: 3, evidence: {score: 1}}
    ])
  })

  it('pairs orphans that share names written alike and found nowhere else, though the translation runs long', () => {
    const english = [...en.slice(0, 3), 'One member said the new titles Twp and Pwp would sound silly to voters.', en[4] ?? '']
    const turkish = [tr[0] ?? '', tr[2] ?? '', tr[3] ?? '', tr[4] ?? '', 'Bir üye, Twp ve Pwp unvanlarının seçmenlere gülünç geleceğini, bu yüzden herkesin bu adları yeniden düşünmesi gerektiğini söyledi.']
    const alignment = buildAlignment(buildDocument(english, {lang: 'en'}), buildDocument(turkish, {lang: 'tr'}), [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], []],
      [[4], [3]],
      [[], [4]]
    ])
    expect(summarize(check(alignment, {rules: {'number-mismatch': 'off'}})).map(({rule, source, target}) => ({rule, source, target}))).toStrictEqual([{rule: 'moved', source: 3, target: 4}])
  })

  it('pairs no orphan with one of two that read the same', () => {
    const alignment = buildAlignment(buildDocument([tr[0] ?? '', 'Locks', tr[2] ?? ''], {lang: 'tr'}), buildDocument([en[0] ?? '', 'Locks', en[1] ?? '', 'Locks'], {lang: 'en'}), [
      [[0], [0]],
      [[1], []],
      [[], [1]],
      [[2], [2]],
      [[], [3]]
    ])
    expect(summarize(check(alignment)).map((finding) => finding.rule)).toStrictEqual(['only-in-source', 'only-in-target', 'only-in-target'])
  })
})

describe('moved in a reordered reading list', () => {
  const english = ['# Reading list', '', '- [Introduction to graphs (video)](https://example.org/graphs)', '- [Dynamic programming, lecture 11 (video)](https://example.org/dp-11)', '- [Hash tables in 5 minutes](https://example.org/hash)', '- [Binary search trees (video)](https://example.org/bst)', '- [Sorting algorithms compared](https://example.org/sorting)', '- [Tries and suffix trees](https://example.org/tries)', ''].join('\n')
  const turkish = ['# Okuma listesi', '', '- [Sıralama algoritmalarının karşılaştırması](https://example.org/sorting)', '- [Trie ve sonek ağaçları](https://example.org/tries)', '- [Çizgelere giriş (video)](https://example.org/graphs)', '- [Dinamik programlama, 11. ders (video)](https://example.org/dp-11)', '- [Özet tablolar 5 dakikada](https://example.org/hash)', '- [İkili arama ağaçları (video)](https://example.org/bst)', ''].join('\n')

  // Lines: graphs 3 → 5, dynamic programming 4 → 6, hash tables 5 → 7, search trees 6 → 8 (paired again, in order); sorting 7 → 3, tries 8 → 4.
  it('pairs the items kept in order and reports the others as moved, with no link, number or name as changed', () => {
    const findings = check(align(parseDocument(english, {format: 'markdown', lang: 'en'}), parseDocument(turkish, {format: 'markdown', lang: 'tr'})))
    const lines = findings.map((finding) => [finding.ruleId, finding.sourceLocation?.line, finding.targetLocation?.line])
    expect(lines).toStrictEqual([
      ['moved', 7, 3],
      ['moved', 8, 4]
    ])
  })
})

