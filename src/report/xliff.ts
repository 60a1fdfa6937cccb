import type {Alignment, Bead} from '../align/types.js'
import type {FindingJson, FindingLocation} from '../check/types.js'
import type {BitextDocument} from '../document/types.js'
import type {XliffState, XliffUnit} from '../format/xliff.js'
import {writeXliff} from '../format/xliff.js'

/** Options of `toXliff`. */
export interface ToXliffOptions {
  /** Findings of `check` whose messages become notes, and whose errors and warnings ask for review. Default: none. */
  findings?: FindingJson[]
  /** Beads scoring below this get `needs-review-translation`. Default: `0.5`. */
  reviewBelow?: number
  /** The `original` attribute. Default: the source document's path, else `'source'`. */
  original?: string
}

/**
 * Writes the sentence beads of an alignment as XLIFF 1.2 (strict schema): one `trans-unit` per bead,
 * `state` from the bead's score and the findings on it, a `note` per finding.
 */
export function toXliff(alignment: Alignment, options: ToXliffOptions = {}): string {
  if (!Array.isArray(alignment?.sentences) || !Array.isArray(alignment.source?.blocks) || !Array.isArray(alignment.target?.blocks)) {
    throw new TypeError('toXliff: expected an Alignment ({source, target, blocks, sentences}); pass the result of `align`')
  }
  const reviewBelow = options.reviewBelow ?? 0.5
  const findings = findingsPerBead(alignment, options.findings ?? [])
  const texts = {source: sentenceTexts(alignment.source), target: sentenceTexts(alignment.target)}
  const units = alignment.sentences.map((bead, index): XliffUnit => {
    const target = joinedText(texts.target, bead.target)
    const on = findings[index] ?? []
    return {
      id: String(index),
      source: joinedText(texts.source, bead.source),
      target,
      state: unitState(target, bead, on, reviewBelow),
      notes: on.map((finding) => `${finding.severity} ${finding.rule}: ${finding.message}`)
    }
  })
  const original = options.original ?? alignment.source.path ?? 'source'
  return writeXliff({sourceLang: alignment.source.lang, targetLang: alignment.target.lang, original, units})
}

function unitState(target: string, bead: Bead, findings: FindingJson[], reviewBelow: number): XliffState {
  if (target === '') return 'needs-translation'
  const serious = findings.some((finding) => finding.severity !== 'info')
  return serious || bead.score < reviewBelow ? 'needs-review-translation' : 'translated'
}

/** The text of each sentence of a document, by index. */
function sentenceTexts(document: BitextDocument): Map<number, string> {
  return new Map(document.blocks.flatMap((block) => block.sentences).map((s) => [s.index, s.text]))
}

/** The texts of some sentences, joined with a space. */
function joinedText(texts: ReadonlyMap<number, string>, indices: number[]): string {
  return indices.map((index) => texts.get(index) ?? '').join(' ')
}

/** The findings on each sentence bead: by sentence when the finding names one, else by block. */
function findingsPerBead(alignment: Alignment, findings: FindingJson[]): FindingJson[][] {
  const perBead: FindingJson[][] = alignment.sentences.map(() => [])
  const lookup = {source: beadLookup(alignment, 'source'), target: beadLookup(alignment, 'target')}
  for (const finding of findings) {
    const beads = new Set([...lookup.source(finding.source), ...lookup.target(finding.target)])
    for (const bead of [...beads].sort((a, b) => a - b)) perBead[bead]!.push(finding)
  }
  return perBead
}

function beadLookup(alignment: Alignment, side: 'source' | 'target') {
  const bySentence = new Map<number, number>()
  const byBlock = new Map<number, Set<number>>()
  const blockOf = new Map(alignment[side].blocks.flatMap((block) => block.sentences).map((s) => [s.index, s.block]))
  alignment.sentences.forEach((bead, index) => {
    for (const sentence of bead[side]) {
      bySentence.set(sentence, index)
      const block = blockOf.get(sentence) ?? -1
      byBlock.set(block, (byBlock.get(block) ?? new Set()).add(index))
    }
  })
  return (location: FindingLocation | null): number[] => {
    if (location === null) return []
    if (location.sentence !== undefined) return bySentence.has(location.sentence) ? [bySentence.get(location.sentence)!] : []
    return [...(byBlock.get(location.block) ?? [])]
  }
}
