import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {endsOnOneSide, openEnds} from '../../src/align/open-ends.js'
import type {UnitFeatures} from '../../src/align/unit-features.js'
import type {Bead} from '../../src/align/types.js'
import {buildDocument} from './build-document.js'

const pairs = (beads: readonly Bead[]) => beads.map((bead) => [bead.source, bead.target])
const units = (texts: readonly string[]): UnitFeatures[] => texts.map((text) => ({text, length: text.length, keys: [], stems: [], heading: false}))

// Written for this test: German with one sentence ("Es war sehr kalt.") that the English leaves out,
// and the English with the sentence after it broken over two lines at a comma.
const german = [
  'Der Zug kam am Morgen spät an.',
  'Viele Reisende warteten auf dem kalten Bahnsteig.',
  'Es war sehr kalt.',
  'Eine Frau verkaufte heißen Kaffee und Tee.',
  'Die Kinder spielten neben den Koffern.',
  'Der Schaffner entschuldigte sich für die Verspätung.',
  'Niemand beschwerte sich laut.',
  'Draußen fiel leise der erste Schnee.',
  'Die Stadt wirkte still und grau.',
  'Ein alter Mann las seine Zeitung.',
  'Dann fuhr der Zug langsam weiter.',
  'Im Wagen roch es nach Brot und Regen.',
  'Die Reise dauerte noch drei lange Stunden.'
]
const english = [
  'The train arrived late in the morning.',
  'Many travellers were waiting on the cold platform.',
  'A woman was selling hot coffee,',
  'and tea as well.',
  'The children played next to the suitcases.',
  'The conductor apologised for the delay.',
  'Nobody complained out loud.',
  'Outside, the first snow was falling quietly.',
  'The town looked silent and grey.',
  'An old man was reading his newspaper.',
  'Then the train slowly moved on.',
  'The carriage smelled of bread and rain.',
  'The journey took three more long hours.'
]

describe('align keeps a sentence broken over two lines at a comma together', () => {
  it('pairs both halves with their sentence and leaves the dropped sentence before it alone, rather than pairing it with the first half', () => {
    const alignment = align(buildDocument([german], 'de'), buildDocument([english], 'en'), {builtinLexicon: false})
    expect(pairs(alignment.sentences)).toStrictEqual([[[0], [0]], [[1], [1]], [[2], []], [[3], [2, 3]], ...german.slice(4).map((_, index) => [[index + 4], [index + 4]])])
  })

  it('does the same with the sides swapped', () => {
    const alignment = align(buildDocument([english], 'en'), buildDocument([german], 'de'), {builtinLexicon: false})
    expect(pairs(alignment.sentences)).toStrictEqual([[[0], [0]], [[1], [1]], [[], [2]], [[2, 3], [3]], ...german.slice(4).map((_, index) => [[index + 4], [index + 4]])])
  })
})

describe('openEnds', () => {
  it('marks a sentence that ends with a comma (Latin, Arabic, ideographic, full-width) and goes on in the next sentence of its block', () => {
    const texts = ['Speaking to the assembly,', 'the minister spoke.', 'قال الوزير، ', 'إن الوضع تحسن.', '我们认为，', '情况有所改善。', 'Ends the block,']
    expect([...openEnds(units(texts), [[0, 7]])]).toStrictEqual([1, 0, 1, 0, 1, 0, 0])
  })

  it('never marks the last sentence of a block, nor a semicolon (a Greek question mark after NFC)', () => {
    expect([...openEnds(units(['First block,', 'Τι ώρα είναι;', 'Second block.']), [[0, 1], [1, 3]])]).toStrictEqual([0, 0, 0])
  })

  it('says a bead boundary falls inside a sentence on one side only, whichever side is the source', () => {
    const open = Uint8Array.from([1, 0])
    const closed = Uint8Array.from([0, 0])
    expect([endsOnOneSide(open, closed, 1, 1), endsOnOneSide(closed, open, 1, 1), endsOnOneSide(open, open, 1, 1), endsOnOneSide(open, closed, 0, 0), endsOnOneSide(open, closed, 2, 1)]).toStrictEqual([true, true, false, false, false])
  })
})
