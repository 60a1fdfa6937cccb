import type {BitextDocument} from '../document/types.js'
import type {AlignedWindow} from './align-windows.js'
import type {Alignment, Bead} from './types.js'

/** A unit as `bitext align --format json` prints it. */
export interface UnitJson {
  index: number
  kind: string
  block: number
  text: string
  /** 1-based line where the unit starts. */
  line: number
}

/** The JSON document of `bitext align --format json` (`version: 1`). */
export interface AlignmentJson {
  version: 1
  level: 'block' | 'sentence'
  source: {path?: string; lang: string; units: UnitJson[]}
  target: {path?: string; lang: string; units: UnitJson[]}
  beads: Bead[]
  /** At the sentence level, when there are any: sentence pairs that translate each other out of order (`Alignment.moved`), each unit also in a null bead of `beads`. */
  moved?: Bead[]
}

/** The plain-data view of an alignment at one level: units of both sides and the beads. */
export function alignmentJson(alignment: Alignment, level: 'block' | 'sentence'): AlignmentJson {
  if (typeof alignment !== 'object' || alignment === null || !Array.isArray(alignment.blocks)) throw new TypeError('alignmentJson: expected an Alignment; pass the result of `align`')
  const moved = level === 'sentence' ? (alignment.moved ?? []) : []
  return {
    version: 1,
    level,
    source: side(alignment.source, level),
    target: side(alignment.target, level),
    beads: level === 'block' ? alignment.blocks : alignment.sentences,
    ...(moved.length > 0 ? {moved} : {})
  }
}

function side(document: BitextDocument, level: 'block' | 'sentence'): AlignmentJson['source'] {
  const units: UnitJson[] =
    level === 'block'
      ? document.blocks.map((block) => ({index: block.index, kind: block.kind, block: block.index, text: block.text, line: block.position.start.line}))
      : document.blocks.flatMap((block) =>
          block.sentences.map((sentence) => ({index: sentence.index, kind: 'sentence', block: block.index, text: sentence.text, line: sentence.line}))
        )
  return {...(document.path === undefined ? {} : {path: document.path}), lang: document.lang, units}
}

/**
 * `alignmentJson` of one window of `alignWindows`, its units and beads numbered in the whole
 * documents: the windows' views, one after the other, are the view of the pair.
 */
export function windowJson(window: AlignedWindow, level: 'block' | 'sentence'): AlignmentJson {
  const json = alignmentJson(window.alignment, level)
  const {source, target} = window.offset
  const shift = {source: source[level === 'block' ? 'block' : 'sentence'], target: target[level === 'block' ? 'block' : 'sentence']}
  const units = (side: 'source' | 'target') => json[side].units.map((unit) => ({...unit, index: unit.index + shift[side], block: unit.block + window.offset[side].block}))
  const shifted = (bead: Bead) => ({source: bead.source.map((index) => index + shift.source), target: bead.target.map((index) => index + shift.target), score: bead.score})
  return {
    ...json,
    source: {...json.source, units: units('source')},
    target: {...json.target, units: units('target')},
    beads: json.beads.map(shifted),
    ...(json.moved ? {moved: json.moved.map(shifted)} : {})
  }
}
