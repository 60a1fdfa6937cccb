import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {align} from '../../src/align/align.js'
import {minMoveScore} from '../../src/align/sentence-moves.js'
import {unrelatedBelow} from '../../src/align/unrelated-score.js'
import {buildDocument} from './build-document.js'
import {english, moved, turkish} from '../helpers/agency-lines.js'
import {canonical, mirror} from './mirror.js'
import type {Bead} from '../../src/align/types.js'

describe('align: sentences moved out of order', () => {
  it('says where a sentence moved to another place went, as a 1-1 pair of two units left without counterpart', () => {
    // The Izmir sentence (2) stands after the WAPES one in the translation: target line 8.
    const alignment = align(buildDocument([english], 'en'), buildDocument([moved(turkish, 2, 8)], 'tr'))
    expect(alignment.moved?.map(({source, target}) => ({source, target}))).toStrictEqual([{source: [2], target: [8]}])
    expect(alignment.moved?.[0]?.score).toBeGreaterThanOrEqual(minMoveScore)
    expect(alignment.sentences).toContainEqual(expect.objectContaining({source: [2], target: []}))
    expect(alignment.sentences).toContainEqual(expect.objectContaining({source: [], target: [8]}))
  })

  it('takes a moved sentence out of the neighbour’s bead it was merged into (NTREX English and French, one line a side)', () => {
    // Lines 656-685 of the NTREX news (CC BY-SA 4.0, ../shared/corpora/ntrex-multi); French line 28 moved to line 10.
    const read = (file: string) => readFileSync(`../shared/corpora/ntrex-multi/${file}`, 'utf8').split('\n').slice(655, 685)
    const [english, french] = [read('eng.txt'), read('fra.txt')]
    const alignment = align(buildDocument([english], 'en'), buildDocument([moved(french, 27, 9)], 'fr'), {builtinLexicon: false})
    expect(alignment.moved?.map(({source, target}) => ({source, target}))).toStrictEqual([{source: [27], target: [9]}])
    expect(alignment.sentences).toContainEqual(expect.objectContaining({source: [27], target: []}))
    expect(alignment.sentences.flatMap((bead) => bead.source)).toStrictEqual([...english.keys()])
    expect(alignment.sentences.flatMap((bead) => bead.target)).toStrictEqual([...french.keys()])
  })

  it('pairs the only two sentences without counterpart at the aligner’s bar for a translation, below the bar among many', () => {
    // The first 30 lines of the NTREX news (CC BY-SA 4.0, ../shared/corpora), English and Turkish; Turkish line 19 moved to the top.
    const english = readFileSync('../shared/corpora/ntrex-multi/eng.txt', 'utf8').split('\n').slice(0, 30)
    const turkish = readFileSync('../shared/corpora/ntrex-en-tr/tr.txt', 'utf8').split('\n').slice(0, 30)
    const alignment = align(buildDocument([english], 'en'), buildDocument([moved(turkish, 18, 0)], 'tr'))
    expect(alignment.moved?.map(({source, target}) => ({source, target}))).toStrictEqual([{source: [18], target: [0]}])
    const score = alignment.moved?.[0]?.score ?? 0
    expect(score >= unrelatedBelow && score < minMoveScore).toBe(true)
  })

  it('finds no move in a faithful translation', () => {
    expect(align(buildDocument([english], 'en'), buildDocument([turkish], 'tr')).moved).toStrictEqual([])
  })

  it('finds no move where a sentence was replaced in place by an unrelated one', () => {
    const replaced = [...turkish]
    replaced[4] = 'Toplantı salonu yeniden boyandı ve yeni sandalyeler alındı.'
    expect(align(buildDocument([english], 'en'), buildDocument([replaced], 'tr')).moved).toStrictEqual([])
  })

  it('finds no move where a sentence was dropped and an unrelated one added elsewhere', () => {
    const changed = [...turkish.slice(0, 3), ...turkish.slice(4, 8), 'Toplantı salonu yeniden boyandı ve yeni sandalyeler alındı.', ...turkish.slice(8)]
    expect(align(buildDocument([english], 'en'), buildDocument([changed], 'tr')).moved).toStrictEqual([])
  })
})

const word = fc.constantFrom('the', 'Geneva', '2015', 'meeting', 'İŞKUR', 'toplantı', 'yıl', 'Baku', '12,5', 'a', 'report', 'OECD')
const sentence = fc.array(word, {minLength: 1, maxLength: 8}).map((words) => `${words.join(' ')}.`)
const paragraphs = fc.array(fc.array(sentence, {minLength: 1, maxLength: 4}), {minLength: 1, maxLength: 4})
/** Two documents: unrelated ones, or one and a copy of it with one sentence moved to another paragraph's place. */
const documents = fc.oneof(
  fc.tuple(paragraphs, paragraphs),
  fc.tuple(paragraphs, fc.nat(), fc.nat()).map(([a, from, to]): [string[][], string[][]] => {
    const b = a.map((paragraph) => [...paragraph])
    const source = b[from % b.length] ?? []
    const [sentence = ''] = source.splice(to % source.length, 1)
    ;(b[to % b.length] ?? []).push(sentence)
    return [a, b.filter((paragraph) => paragraph.length > 0)]
  })
)

describe('align: moves (fast-check)', () => {
  it('pairs only units without counterpart, each at most once, at the aligner’s bar for a translation or better', () => {
    fc.assert(
      fc.property(documents, ([a, b]) => {
        const alignment = align(buildDocument(a), buildDocument(b, 'tr'))
        const alone = (side: 'source' | 'target') =>
          new Set(alignment.sentences.filter((bead) => bead[side === 'source' ? 'target' : 'source'].length === 0).flatMap((bead) => bead[side]))
        const moves = alignment.moved ?? []
        for (const side of ['source', 'target'] as const) {
          const units = moves.flatMap((bead) => bead[side])
          expect(new Set(units).size).toBe(units.length)
          for (const unit of units) expect(alone(side).has(unit)).toBe(true)
        }
        for (const bead of moves) expect(bead.score).toBeGreaterThanOrEqual(unrelatedBelow)
        // Taking a moved unit out of a merge keeps the sentence beads a partition, in order.
        expect(alignment.sentences.flatMap((bead) => bead.source)).toStrictEqual([...Array(a.flat().length).keys()])
        expect(alignment.sentences.flatMap((bead) => bead.target)).toStrictEqual([...Array(b.flat().length).keys()])
      }),
      {numRuns: 60}
    )
  })

  it('mirrors: the moves of align(b, a) are those of align(a, b) with the sides swapped, where the sentence beads mirror', () => {
    fc.assert(
      fc.property(documents, ([a, b]) => {
        const forward = align(buildDocument(a), buildDocument(b))
        const backward = align(buildDocument(b), buildDocument(a))
        // Sentences written alike in swapped places tie, and the search may then break the tie by the side (see the README's Limitations).
        fc.pre(JSON.stringify(canonical(mirror(backward.sentences))) === JSON.stringify(canonical(forward.sentences)))
        const bySource = (beads: Bead[]) => beads.sort((x, y) => (x.source[0] ?? 0) - (y.source[0] ?? 0))
        expect(bySource(mirror(backward.moved ?? []))).toStrictEqual(forward.moved)
      }),
      {numRuns: 60, maxSkipsPerRun: 10}
    )
  })
})
