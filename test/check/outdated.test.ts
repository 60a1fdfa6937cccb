import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
import {toFindingJson} from '../../src/check/finding.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {changedBlocks, wordChanges} from '../../src/check/outdated.js'
import {buildAlignment, buildDocument, oneToOne} from './helpers/build-alignment.js'
import {summarize} from './helpers/summarize.js'

const target = buildDocument(['İŞKUR 2015 yılında kongreye ev sahipliği yaptı.', 'Başka bir paragraf burada.'], {lang: 'tr'})

describe('outdated', () => {
  it('reports the target of a source block that changed, with the word diff', () => {
    const previous = buildDocument(['İŞKUR hosted the congress in 2015.', 'Another paragraph is here.'], {lang: 'en'})
    const source = buildDocument(['İŞKUR hosted the congress in 2016.', 'Another paragraph is here.'], {lang: 'en'})
    const findings = summarize(check(buildAlignment(source, target, oneToOne(2)), {previousSource: previous, rules: {'number-mismatch': 'off'}}))
    expect(findings).toStrictEqual([
      {
        rule: 'outdated',
        severity: 'warning',
        message: 'Source changed since the translation: −“2015” +“2016”',
        source: 0,
        target: 0,
        evidence: {
          previous: 'İŞKUR hosted the congress in 2015.',
          changes: [
            {value: 'İŞKUR hosted the congress in ', added: false, removed: false},
            {value: '2015', added: false, removed: true},
            {value: '2016', added: true, removed: false},
            {value: '.', added: false, removed: false}
          ]
        }
      }
    ])
  })

  it('ignores changes of white space and punctuation only', () => {
    const previous = buildDocument(['İŞKUR hosted the congress, in 2015.', 'Another paragraph is here'], {lang: 'en'})
    const source = buildDocument(['İŞKUR  hosted the congress in 2015!', 'Another paragraph is here.'], {lang: 'en'})
    expect(check(buildAlignment(source, target, oneToOne(2)), {previousSource: previous, rules: {'number-mismatch': 'off'}})).toStrictEqual([])
  })

  it('reports the one line that changed in a file of one sentence a line, against its target line, not the whole file', () => {
    const cities = ['Ankara', 'İzmir', 'Bursa', 'Adana', 'Konya', 'Antalya', 'Kayseri', 'Mersin', 'Samsun', 'Trabzon', 'Erzurum', 'Malatya', 'Denizli', 'Sivas', 'Edirne', 'Rize']
    const english = (opened: (index: number) => number) => cities.map((city, index) => `The agency opened its ${city} office in ${opened(index)}.`).join('\n')
    const turkish = parseDocument(cities.map((city, index) => `Kurum ${city} ofisini ${2001 + index} yılında açtı.`).join('\n'), {format: 'lines', lang: 'tr'})
    const previous = parseDocument(english((index) => 2001 + index), {format: 'lines', lang: 'en'})
    const source = parseDocument(english((index) => (index === 9 ? 2020 : 2001 + index)), {format: 'lines', lang: 'en'})
    const findings = check(buildAlignment(source, turkish, [[[0], [0]]]), {previousSource: previous, rules: {'number-mismatch': 'off'}}).map((finding) => toFindingJson(finding))
    expect(findings.map((finding) => [finding.rule, finding.message, finding.source?.line, finding.target?.line, finding.target?.endLine, finding.evidence['previous']])).toStrictEqual([
      ['outdated', 'Source changed since the translation: −“2010” +“2020”', 10, 10, 10, 'The agency opened its Trabzon office in 2010.']
    ])
  })

  it('is idle without a previous source', () => {
    const source = buildDocument(['İŞKUR hosted the congress in 2015.', 'Another paragraph is here.'], {lang: 'en'})
    expect(check(buildAlignment(source, target, oneToOne(2)), {rules: {'number-mismatch': 'off'}})).toStrictEqual([])
  })
})

describe('changedBlocks', () => {
  it('pairs an edited block with its old version, and skips blocks that are new', () => {
    const previous = buildDocument(['One stays.', 'Two is here and old.', 'Three stays.'], {lang: 'en'})
    const current = buildDocument(['One stays.', 'Two is here and new.', 'A wholly different thing.', 'Three stays.'], {lang: 'en'})
    expect(changedBlocks(previous, current).map((change) => [change.previous.index, change.current.index])).toStrictEqual([[1, 1]])
  })
})

describe('wordChanges', () => {
  it('diffs a block word by word', () => {
    expect(wordChanges('hosted in 2015', 'hosted in 2016')).toStrictEqual([
      {value: 'hosted in ', added: false, removed: false},
      {value: '2015', added: false, removed: true},
      {value: '2016', added: true, removed: false}
    ])
  })

  it('reports a block rewritten past the bound of 1,000 edits as wholly replaced, without a quadratic diff', () => {
    const previous = Array.from({length: 1500}, (_, index) => `old${index}`).join(' ')
    const current = Array.from({length: 1500}, (_, index) => `new${index}`).join(' ')
    expect(wordChanges(previous, current)).toStrictEqual([
      {value: previous, added: false, removed: true},
      {value: current, added: true, removed: false}
    ])
  })
})
