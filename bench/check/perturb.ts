// Planted divergences for bench/check.ts: edits of a target Markdown file at block offsets,
// each with a test that says whether a check report found it.
import type {Block} from '../../src/document/types.js'
import type {CheckReport, FindingJson} from '../../src/check/types.js'

export type Kind = 'delete' | 'number' | 'untranslated' | 'move'

/** A planted divergence: the edited target text, and how to recognise its finding. */
export interface Plant {
  kind: Kind
  target: string
  /** Whether a finding reports the planted divergence. */
  found: (finding: FindingJson) => boolean
  /** Whether a finding is about the planted blocks at all (so not a false alarm). */
  touches: (finding: FindingJson) => boolean
}

/** A 1-1 pair of paragraphs from the unperturbed alignment. */
export interface Pair {
  source: Block
  target: Block
}

const slice = (text: string, block: Block) => text.slice(block.position.start.offset, block.position.end.offset)
const cut = (text: string, block: Block) => text.slice(0, block.position.start.offset) + text.slice(block.position.end.offset).replace(/^\n+/, '')
const sourceIs = (block: Block) => (finding: FindingJson) => finding.source?.block === block.index
const mentions = (snippet: string) => (finding: FindingJson) =>
  [finding.source?.text, finding.target?.text].some((text) => text !== undefined && text.includes(snippet))

/** Removes the target paragraph: expect `only-in-source` on its source. */
export function plantDelete(target: string, pair: Pair): Plant {
  return {
    kind: 'delete',
    target: cut(target, pair.target),
    found: (finding) => finding.rule === 'only-in-source' && sourceIs(pair.source)(finding),
    touches: (finding) => sourceIs(pair.source)(finding)
  }
}

/** Changes one number of the target paragraph: expect `number-mismatch` on the pair. */
export function plantNumber(target: string, pair: Pair, number: {start: number; end: number; text: string}): Plant {
  const raw = slice(target, pair.target)
  const at = outsideCode(raw, number.text)
  const changed = number.text.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 3) % 10))
  const edited = raw.slice(0, at) + changed + raw.slice(at + number.text.length)
  return {
    kind: 'number',
    target: target.slice(0, pair.target.position.start.offset) + edited + target.slice(pair.target.position.end.offset),
    found: (finding) => finding.rule === 'number-mismatch' && (finding.target?.text.includes(changed) ?? false),
    touches: (finding) => sourceIs(pair.source)(finding) || mentions(changed)(finding)
  }
}

/** Pastes the source paragraph over its translation: expect `untranslated`. */
export function plantUntranslated(source: string, target: string, pair: Pair): Plant {
  const pasted = slice(source, pair.source)
  return {
    kind: 'untranslated',
    target: target.slice(0, pair.target.position.start.offset) + pasted + target.slice(pair.target.position.end.offset),
    found: (finding) => finding.rule === 'untranslated' && (sourceIs(pair.source)(finding) || (finding.target?.text.includes(pair.source.text.slice(0, 40)) ?? false)),
    touches: (finding) => sourceIs(pair.source)(finding) || mentions(pair.source.text.slice(0, 40))(finding)
  }
}

/** Moves the target paragraph forward, before a later block: expect `moved`. */
export function plantMove(target: string, pair: Pair, before: Block): Plant {
  const at = before.position.start.offset
  const inserted = target.slice(0, at) + slice(target, pair.target) + '\n\n' + target.slice(at)
  return {
    kind: 'move',
    target: cut(inserted, pair.target),
    found: (finding) => finding.rule === 'moved' && sourceIs(pair.source)(finding),
    touches: (finding) => sourceIs(pair.source)(finding) || mentions(pair.target.text.slice(0, 40))(finding)
  }
}

/** Warnings and errors of a report. */
export function loud(report: CheckReport): FindingJson[] {
  return report.findings.filter((finding) => finding.severity !== 'info')
}

/** The first place of `text` in `raw` outside inline code (after an even number of backticks), else the first. */
function outsideCode(raw: string, text: string): number {
  for (let at = raw.indexOf(text); at !== -1; at = raw.indexOf(text, at + 1)) {
    if ((raw.slice(0, at).match(/`/g)?.length ?? 0) % 2 === 0) return at
  }
  return raw.indexOf(text)
}
