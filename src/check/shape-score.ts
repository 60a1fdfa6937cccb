import type {Block} from '../document/types.js'
import type {AnchorComparison} from './compare-anchors.js'

const punctuation = [',', ';', ':', '(', '"', '?', '!', '%', '-']

/**
 * How alike two blocks look, without knowing the languages, in [0, 1]: the
 * mean of their length agreement (through the document's length ratio), their
 * sentence counts, their names and numbers, and their punctuation. A block and
 * its translation usually agree on all four; two unrelated paragraphs rarely do.
 */
export function shapeScore(source: Block, target: Block, ratio: number, anchors: AnchorComparison): number {
  return (lengthScore(source.text.length, target.text.length, ratio) + sentenceScore(source, target) + anchorScore(anchors) + punctuationScore(source.text, target.text)) / 4
}

function lengthScore(source: number, target: number, ratio: number): number {
  if (source === 0 || target === 0) return 0
  return Math.exp(-4 * Math.abs(Math.log(target / (source * ratio))))
}

function sentenceScore(source: Block, target: Block): number {
  const difference = Math.abs(source.sentences.length - target.sentences.length)
  return difference === 0 ? 1 : difference === 1 ? 0.5 : 0
}

/** Share of the strong anchors found on both sides; 0.5 when neither side has any. */
export function anchorScore(anchors: AnchorComparison): number {
  const {numbers, verbatim, known, matched} = anchors
  const oneSided = [numbers, verbatim, known].reduce((sum, side) => sum + side.source.length + side.target.length, 0)
  return matched + oneSided === 0 ? 0.5 : matched / (matched + oneSided)
}

/** Agreement of the punctuation counts: 1 − (summed differences) / (summed counts + 2); 0.5 (no evidence) without any. */
function punctuationScore(source: string, target: string): number {
  const count = (text: string) => punctuation.map((mark) => text.replace(/[“”]/g, '"').split(mark).length - 1)
  const a = count(source)
  const b = count(target)
  const difference = a.reduce((sum, value, index) => sum + Math.abs(value - (b[index] ?? 0)), 0)
  const total = [...a, ...b].reduce((sum, value) => sum + value, 0)
  return total === 0 ? 0.5 : 1 - difference / (total + 2)
}
