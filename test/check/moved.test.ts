import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
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
})
