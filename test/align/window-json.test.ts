import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {align} from '../../src/align/align.js'
import {alignWindows} from '../../src/align/align-windows.js'
import {alignmentJson, windowJson} from '../../src/align/alignment-json.js'
import type {AlignmentJson} from '../../src/align/alignment-json.js'
import {parseDocument} from '../../src/document/parse-document.js'

const tr = parseDocument(readFileSync('fixtures/iskur-international-relations/tr.txt', 'utf8'), {format: 'text', lang: 'tr'})
const en = parseDocument(readFileSync('fixtures/iskur-international-relations/en.txt', 'utf8'), {format: 'text', lang: 'en'})

/** The views of consecutive windows as one: units and beads one after the other, scores left out (each window learns its own word pairs). */
function joined(views: AlignmentJson[]) {
  return {
    source: views.flatMap((view) => view.source.units),
    target: views.flatMap((view) => view.target.units),
    beads: views.flatMap((view) => view.beads.map(({source, target}) => ({source, target})))
  }
}

describe('windowJson', () => {
  for (const level of ['block', 'sentence'] as const) {
    it(`numbers each window's units and beads in the whole documents (${level}s): the views of the seed pair in windows of eight blocks make the whole view`, () => {
      const windows = [...alignWindows(tr, en, {windowBlocks: 8})]
      expect(windows.length).toBeGreaterThan(2)
      const whole = alignmentJson(align(tr, en), level)
      expect(joined(windows.map((window) => windowJson(window, level)))).toStrictEqual(joined([whole]))
    })
  }
})
