import {describe, expect, it} from 'vitest'
import {check} from '../../src/check/check.js'
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
