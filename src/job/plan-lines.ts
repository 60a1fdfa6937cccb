import type {Alignment, Bead} from '../align/types.js'
import type {RuleId} from '../check/types.js'
import {sentenceALine, sentenceJudgedPairs, sentencesByIndex} from '../check/sentence-beads.js'
import type {Sentence} from '../document/types.js'
import type {JobBlock} from './plan-job.js'
import {lineAnchor} from './target-anchor.js'

// The entries of a job for files of one sentence a line: a sentence bead each, placed by target lines.

/** The long block pairs of one sentence a line on both sides: each sentence bead by source sentence, and the sentence beads of each pair in order. */
export interface LineFiles {
  beadOf: Map<number, Bead>
  pairs: Map<Bead, {block: Bead; beads: Bead[]}>
  places: {source: Map<number, Sentence>; target: Map<number, Sentence>}
}

/** The `LineFiles` of an alignment: its long block pairs whose blocks hold one sentence a line on both sides. */
export function lineFilePairs(alignment: Alignment): LineFiles {
  const files: LineFiles = {beadOf: new Map(), pairs: new Map(), places: {source: new Map(), target: new Map()}}
  for (const [block, beads] of sentenceJudgedPairs(alignment)) {
    const oneALine = (side: 'source' | 'target') => block[side].every((index) => {
      const found = alignment[side].blocks[index]
      return found !== undefined && sentenceALine(found)
    })
    if (!oneALine('source') || !oneALine('target')) continue
    for (const bead of beads) {
      files.pairs.set(bead, {block, beads})
      for (const sentence of bead.source) files.beadOf.set(sentence, bead)
    }
  }
  if (files.pairs.size > 0) files.places = {source: sentencesByIndex(alignment.source), target: sentencesByIndex(alignment.target)}
  return files
}

/** The job entry of one sentence bead of a file of one sentence a line: its source sentences and the target lines they replace, or the line they go after. */
export function lineEntry(alignment: Alignment, files: LineFiles, bead: Bead, rule: RuleId): JobBlock | undefined {
  const pair = files.pairs.get(bead)
  const {places} = files
  const sources = bead.source.flatMap((index) => places.source.get(index) ?? [])
  const first = sources[0]
  const block = first === undefined ? undefined : alignment.source.blocks[first.block]
  if (!pair || !first || !block) return undefined
  const targetLines = (sentences: readonly number[]) => sentences.flatMap((index) => places.target.get(index)?.line ?? [])
  const replaces = rule === 'only-in-source' ? [] : targetLines(bead.target)
  const at = pair.beads.indexOf(bead)
  const before = pair.beads.slice(0, at).findLast((other) => other.target.length > 0)
  const targetStart = alignment.target.blocks[pair.block.target[0] ?? -1]?.position.start.line ?? 1
  const after = replaces.length > 0 ? (replaces[0] ?? 1) - 1 : (before ? targetLines(before.target).at(-1) : undefined) ?? targetStart - 1
  const sourceText = (other: Bead | undefined) => (other ? other.source.map((index) => places.source.get(index)?.text ?? '').join(' ') : '')
  return {
    block: first.block,
    rule,
    kind: block.kind,
    ...(block.depth === undefined ? {} : {depth: block.depth}),
    replaces: [...pair.block.target],
    after: -1,
    anchor: lineAnchor(alignment.target.blocks, {replaces, after}),
    sentences: sources.map((sentence) => sentence.text),
    context: {before: sourceText(pair.beads[at - 1]), after: sourceText(pair.beads[at + 1])},
    lines: {source: sources.map((sentence) => sentence.line), replaces, after}
  }
}
