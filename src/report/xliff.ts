import type {Alignment, Bead} from '../align/types.js'
import type {FindingJson, FindingLocation} from '../check/types.js'
import type {BitextDocument} from '../document/types.js'
import {escapeXml} from './escape-xml.js'

/** XLIFF 1.2 target states that bitext writes (the standard has more; `readXliff` keeps any). */
export type XliffState = 'translated' | 'needs-translation' | 'needs-review-translation' | (string & {})

/** One `<trans-unit>`: plain data, as `readXliff` returns it and `writeXliff` takes it. */
export interface XliffUnit {
  id: string
  source: string
  /** The target text; `''` when the unit has none. */
  target: string
  /** The target's `state`, when it has one. */
  state?: XliffState
  /** Texts of the unit's `<note>` elements. */
  notes: string[]
  /** `resname` (else `id`) of the `<group>` the unit is in, when `readXliff` found one. */
  group?: string
}

/** An XLIFF file: one `<file>` of units. */
export interface XliffDocument {
  sourceLang: string
  targetLang: string
  /** The `original` attribute: the source document's path. */
  original: string
  units: XliffUnit[]
}

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
  const units = alignment.sentences.map((bead, index): XliffUnit => {
    const target = sentenceText(alignment.target, bead.target)
    const on = findings[index] ?? []
    return {
      id: String(index),
      source: sentenceText(alignment.source, bead.source),
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

function sentenceText(document: BitextDocument, indices: number[]): string {
  const byIndex = new Map(document.blocks.flatMap((block) => block.sentences).map((s) => [s.index, s.text]))
  return indices.map((index) => byIndex.get(index) ?? '').join(' ')
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

/** Serialises an XLIFF document as XLIFF 1.2, valid against the strict schema. */
export function writeXliff(document: XliffDocument): string {
  return xliffFile(document, document.units.map((unit) => writeUnit(unit, document.targetLang)).join(''))
}

/** The XLIFF 1.2 envelope (one `<file>` with bitext's header) around `body`: units or groups. */
export function xliffFile(file: {original: string; sourceLang: string; targetLang: string}, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="${escapeXml(file.original)}" source-language="${escapeXml(file.sourceLang)}" target-language="${escapeXml(file.targetLang)}" datatype="plaintext">
    <header>
      <tool tool-id="bitext" tool-name="bitext"/>
    </header>
    <body>
${body}    </body>
  </file>
</xliff>
`
}

function writeUnit(unit: XliffUnit, targetLang: string): string {
  const state = unit.state === undefined ? '' : ` state="${escapeXml(unit.state)}"`
  const notes = unit.notes.map((note) => `\n        <note from="bitext">${escapeXml(note)}</note>`).join('')
  return `      <trans-unit id="${escapeXml(unit.id)}">
        <source>${escapeXml(unit.source)}</source>
        <target xml:lang="${escapeXml(targetLang)}"${state}>${escapeXml(unit.target)}</target>${notes}
      </trans-unit>
`
}
