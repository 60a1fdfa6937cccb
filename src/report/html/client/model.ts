/**
 * Client of the HTML report, part 1: pure functions from the report JSON to what the page shows
 * (which row carries which finding, which characters to mark). No DOM here, so unit tests import
 * this module as it is.
 */
import type {FindingJson, FindingLocation, ReportAlignment, ReportBlock, ReportSentence} from '../../../check/types.js'

type Side = 'source' | 'target'

/** A range of a text, `[start, end)`, optionally with the finding it marks. */
export type Range = [number, number, number?]

/**
 * What the page shows: the report's blocks and block beads, with each bead of a long block pair
 * (`alignment.sentenceBeads`: a file of one sentence a line) replaced by its sentence beads, each
 * sentence shown as a block of its own (numbered after the document's blocks, at its own line);
 * and the shown block each side of each finding sits on.
 */
export interface View {
  blocks: Record<Side, ReportBlock[]>
  beads: ReportAlignment['beads']
  /** Per finding, the shown block of each side; `undefined` where the side names none. */
  findingBlocks: Array<Record<Side, number | undefined>>
}

type Located = Pick<FindingJson, 'source' | 'target'>

/** The `View` of a report's alignment and findings. */
export function viewOf(alignment: ReportAlignment, findings: readonly Located[]): View {
  const split = new Map((alignment.sentenceBeads ?? []).map((entry) => [entry.bead, entry.sentences]))
  const blocks: Record<Side, ReportBlock[]> = {source: [...alignment.source], target: [...alignment.target]}
  const shown = {source: sentenceBlocks(blocks.source), target: sentenceBlocks(blocks.target)}
  const beads = alignment.beads.flatMap((bead, index) => {
    const sentenceBeads = split.get(index)
    if (!sentenceBeads) return [bead]
    return sentenceBeads.map((sentences) => ({
      source: sentences.source.map((sentence) => shown.source.add(sentence)),
      target: sentences.target.map((sentence) => shown.target.add(sentence)),
      score: sentences.score
    }))
  })
  const findingBlocks = findings.map((finding) => ({source: shown.source.place(finding.source), target: shown.target.place(finding.target)}))
  return {blocks, beads, findingBlocks}
}

/** The sentences of one side shown as blocks: `add` shows one (appended to `blocks`; its index), `place` finds a finding side's shown block. */
function sentenceBlocks(blocks: ReportBlock[]) {
  const original = new Map(blocks.map((block) => [block.index, block]))
  const bySentence = new Map<number, number>()
  const byBlock = new Map<number, Array<{line: number; shown: number}>>()
  let next = blocks.reduce((most, block) => Math.max(most, block.index + 1), 0)
  return {
    add(sentence: ReportSentence): number {
      const block = original.get(sentence.block)
      const index = next++
      blocks.push({index, kind: block?.kind ?? 'paragraph', text: (block?.text ?? '').slice(sentence.start, sentence.end), lang: block?.lang ?? '', line: sentence.line})
      bySentence.set(sentence.index, index)
      const lines = byBlock.get(sentence.block)
      if (lines) lines.push({line: sentence.line, shown: index})
      else byBlock.set(sentence.block, [{line: sentence.line, shown: index}])
      return index
    },
    /** Its sentence's shown block, else in a split block that of the last sentence starting at or before its line, else its block. */
    place(location: FindingLocation | null | undefined): number | undefined {
      if (!location) return undefined
      const shown = location.sentence === undefined ? undefined : bySentence.get(location.sentence)
      if (shown !== undefined) return shown
      const lines = byBlock.get(location.block)
      if (!lines) return location.block
      return (lines.filter((entry) => entry.line <= location.line).at(-1) ?? lines[0])?.shown
    }
  }
}

/** The findings of each bead's row (indexes into `findings`), and those that name no block. */
export interface Placed {
  rows: number[][]
  loose: number[]
}

/** Puts each finding on the row of the bead holding its source block and on that of its target block (`findingBlocks` of `viewOf`). */
export function rowsOfFindings(beads: ReportAlignment['beads'], findingBlocks: View['findingBlocks']): Placed {
  const where: Record<Side, Record<number, number>> = {source: {}, target: {}}
  beads.forEach((bead, row) => {
    for (const block of bead.source) where.source[block] = row
    for (const block of bead.target) where.target[block] = row
  })
  const rows: number[][] = beads.map(() => [])
  const loose: number[] = []
  findingBlocks.forEach((blocks, id) => {
    const placed: number[] = []
    for (const side of ['source', 'target'] as const) {
      const block = blocks[side]
      const row = block === undefined ? undefined : where[side][block]
      if (row === undefined || placed.includes(row)) continue
      placed.push(row)
      rows[row]?.push(id)
    }
    if (placed.length === 0) loose.push(id)
  })
  return {rows, loose}
}

/** Where the texts a finding highlights occur in `text`, without overlaps. */
export function markRanges(text: string, terms: readonly string[], lang: string | undefined): Range[] {
  const ranges: Range[] = []
  for (const term of terms) termRanges(text, term.trim(), lang, ranges)
  return dropOverlaps(ranges)
}

const wordChar = /[\p{L}\p{N}]/u
const isWordChar = (char: string | undefined): boolean => char !== undefined && wordChar.test(char)

function termRanges(text: string, term: string, lang: string | undefined, ranges: Range[]): void {
  if (term.length < 2 && !/\d/.test(term)) return
  const lower = text.toLocaleLowerCase(lang)
  const caseless = lower.length === text.length
  const hay = caseless ? lower : text
  const needle = caseless ? term.toLocaleLowerCase(lang) : term
  // Turkish adds suffixes to common nouns without an apostrophe ("program" → "programı").
  const suffixes = /^tr\b/.test(lang ?? '') && /\p{Ll}$/u.test(term)
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const end = at + needle.length
    const startsWord = at === 0 || !isWordChar(hay[at - 1]) || !isWordChar(needle[0])
    const endsWord = suffixes || end === hay.length || !isWordChar(hay[end]) || !isWordChar(needle[needle.length - 1])
    if (startsWord && endsWord) ranges.push([at, end])
  }
}

/** Sorts ranges by start (the longer first) and drops each that overlaps one kept before it. */
export function dropOverlaps(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const kept: Range[] = []
  for (const range of ranges) {
    const previous = kept[kept.length - 1]
    if (!previous || range[0] >= previous[1]) kept.push(range)
  }
  return kept
}
