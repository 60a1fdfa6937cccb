import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import type {AlignedWindow, WindowOptions} from '../../src/align/align-windows.js'
import {alignWindows} from '../../src/align/align-windows.js'
import type {Bead} from '../../src/align/types.js'
import {parseDocument} from '../../src/document/parse-document.js'
import type {BitextDocument} from '../../src/document/types.js'

const read = (file: string, format: 'text' | 'markdown') => parseDocument(readFileSync(file, 'utf8'), {format})
const seed = {tr: read('fixtures/iskur-international-relations/tr.txt', 'text'), en: read('fixtures/iskur-international-relations/en.txt', 'text')}

/** Every window's block and sentence beads, numbered in the whole documents. */
function joined(windows: Iterable<AlignedWindow>): {blocks: Bead[]; sentences: Bead[]; windows: AlignedWindow[]} {
  const all = [...windows]
  const shift = (beads: Bead[], by: {source: number; target: number}) =>
    beads.map((bead) => ({source: bead.source.map((index) => index + by.source), target: bead.target.map((index) => index + by.target), score: bead.score}))
  return {
    windows: all,
    blocks: all.flatMap(({alignment, offset}) => shift(alignment.blocks, {source: offset.source.block, target: offset.target.block})),
    sentences: all.flatMap(({alignment, offset}) => shift(alignment.sentences, {source: offset.source.sentence, target: offset.target.sentence}))
  }
}

function sentenceCount(document: BitextDocument): number {
  return document.blocks.reduce((sum, block) => sum + block.sentences.length, 0)
}

/** The beads take every unit of both sides once, in reading order. */
function expectPartition(beads: Bead[], sourceUnits: number, targetUnits: number) {
  expect(beads.flatMap((bead) => bead.source)).toStrictEqual(Array.from({length: sourceUnits}, (_, index) => index))
  expect(beads.flatMap((bead) => bead.target)).toStrictEqual(Array.from({length: targetUnits}, (_, index) => index))
}

describe('alignWindows', () => {
  it('gives the beads of align when one window holds the whole pair', () => {
    const whole = align(seed.tr, seed.en)
    const windowed = joined(alignWindows(seed.tr, seed.en))
    expect(windowed.windows).toHaveLength(1)
    expect(windowed.blocks).toStrictEqual(whole.blocks)
    expect(windowed.sentences).toStrictEqual(whole.sentences)
  })

  it('covers every block and sentence once, in order, whatever the window size', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 30}), fc.integer({min: 1, max: 3000}), (windowBlocks, windowChars) => {
        const options: WindowOptions = {windowBlocks, windowChars}
        const windowed = joined(alignWindows(seed.tr, seed.en, options))
        expectPartition(windowed.blocks, seed.tr.blocks.length, seed.en.blocks.length)
        expectPartition(windowed.sentences, sentenceCount(seed.tr), sentenceCount(seed.en))
        for (const {alignment} of windowed.windows) {
          for (const document of [alignment.source, alignment.target]) {
            expect(document.blocks.length).toBeLessThanOrEqual(windowBlocks)
            expect(document.blocks.map((block) => block.index)).toStrictEqual(document.blocks.map((_, index) => index))
          }
        }
      }),
      {numRuns: 25}
    )
  })

  it('keeps at least 98% of the beads of the whole alignment on a real pair cut into windows of 60 blocks', () => {
    // javascript-algorithms: 264 English and 229 Turkish blocks, 7 windows; measured 261 of 265 beads kept.
    const en = read('../shared/corpora/javascript-algorithms/en.md', 'markdown')
    const tr = read('../shared/corpora/javascript-algorithms/tr.md', 'markdown')
    const key = (bead: Bead) => `${bead.source.join(',')}|${bead.target.join(',')}`
    const whole = new Set(align(en, tr).blocks.map(key))
    const windowed = joined(alignWindows(en, tr, {windowBlocks: 60}))
    expect(windowed.windows.length).toBeGreaterThan(4)
    expectPartition(windowed.blocks, en.blocks.length, tr.blocks.length)
    expect(windowed.blocks.filter((bead) => whole.has(key(bead))).length / whole.size).toBeGreaterThanOrEqual(0.98)
  })

  it('reads each side once, a window ahead at most', () => {
    let read = 0
    const counted = (document: BitextDocument) => ({
      ...document,
      blocks: {
        *[Symbol.iterator]() {
          for (const block of document.blocks) {
            read++
            yield block
          }
        }
      }
    })
    const windows = alignWindows(counted(seed.tr), counted(seed.en), {windowBlocks: 6})
    windows.next()
    expect(read).toBe(12)
    for (const _ of windows);
    expect(read).toBe(seed.tr.blocks.length + seed.en.blocks.length)
  })

  it('covers every block when one side is empty or the sides are unrelated', () => {
    const empty = parseDocument('', {lang: 'en'})
    const unrelated = parseDocument(Array.from({length: 40}, (_, index) => `Lorem ipsum ${index} dolor sit amet.`).join('\n\n'), {lang: 'la'})
    for (const [source, target] of [[seed.tr, empty], [empty, seed.en], [seed.tr, unrelated], [unrelated, seed.en]] as const) {
      const windowed = joined(alignWindows(source, target, {windowBlocks: 7}))
      expectPartition(windowed.blocks, source.blocks.length, target.blocks.length)
      expectPartition(windowed.sentences, sentenceCount(source), sentenceCount(target))
    }
    expect(joined(alignWindows(empty, empty)).windows).toHaveLength(1)
  })

  it('throws a RangeError on a window of no blocks', () => {
    expect(() => alignWindows(seed.tr, seed.en, {windowBlocks: 0}).next()).toThrow(RangeError)
  })
})
