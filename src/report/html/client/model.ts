/**
 * Client of the HTML report, part 1: pure functions from the report JSON to what the page shows
 * (which row carries which finding, which characters to mark). No DOM here, so unit tests import
 * this module as it is.
 */
import type {FindingJson, ReportAlignment} from '../../../check/types.js'

type Side = 'source' | 'target'

/** A range of a text, `[start, end)`, optionally with the finding it marks. */
export type Range = [number, number, number?]

/** The findings of each bead's row (indexes into `findings`), and those that name no block. */
export interface Placed {
  rows: number[][]
  loose: number[]
}

/** Puts each finding on the row of the bead holding its source block and on that of its target block. */
export function rowsOfFindings(beads: ReportAlignment['beads'], findings: Pick<FindingJson, 'source' | 'target'>[]): Placed {
  const where: Record<Side, Record<number, number>> = {source: {}, target: {}}
  beads.forEach((bead, row) => {
    for (const block of bead.source) where.source[block] = row
    for (const block of bead.target) where.target[block] = row
  })
  const rows: number[][] = beads.map(() => [])
  const loose: number[] = []
  findings.forEach((finding, id) => {
    const placed: number[] = []
    for (const side of ['source', 'target'] as const) {
      const location = finding[side]
      const row = location ? where[side][location.block] : undefined
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
