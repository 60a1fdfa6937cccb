import type {BitextDocument} from '../document/types.js'
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
}

/** The plain-data view of an alignment at one level: units of both sides and the beads. */
export function alignmentJson(alignment: Alignment, level: 'block' | 'sentence'): AlignmentJson {
  return {
    version: 1,
    level,
    source: side(alignment.source, level),
    target: side(alignment.target, level),
    beads: level === 'block' ? alignment.blocks : alignment.sentences
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
