import type {GoldBead} from './task.js'

export interface Figures {
  precision: number
  recall: number
  f1: number
}

const key = (bead: GoldBead) => `${bead.source.join(',')}|${bead.target.join(',')}`

/** Strict: a bead counts only if it equals a gold bead (null beads count). */
export function strict(predicted: readonly GoldBead[], gold: readonly GoldBead[]): Figures {
  const goldKeys = new Set(gold.map(key))
  const predictedKeys = new Set(predicted.map(key))
  const right = predicted.filter((bead) => goldKeys.has(key(bead))).length
  return figures(right / Math.max(1, predicted.length), gold.filter((bead) => predictedKeys.has(key(bead))).length / Math.max(1, gold.length))
}

/**
 * Lax: a bead counts if it shares a unit with a gold bead of the same kind (both null on the
 * same side, or both pairing units, with overlap on both sides).
 */
export function lax(predicted: readonly GoldBead[], gold: readonly GoldBead[]): Figures {
  const overlaps = (a: GoldBead, b: readonly GoldBead[]) => b.some((g) => agree(a, g))
  const precision = predicted.filter((bead) => overlaps(bead, gold)).length / Math.max(1, predicted.length)
  const recall = gold.filter((bead) => overlaps(bead, predicted)).length / Math.max(1, gold.length)
  return figures(precision, recall)
}

function agree(a: GoldBead, b: GoldBead): boolean {
  const side = (x: number[], y: number[]) => (x.length === 0 && y.length === 0) || x.some((i) => y.includes(i))
  const shares = a.source.some((i) => b.source.includes(i)) || a.target.some((j) => b.target.includes(j))
  return shares && side(a.source, b.source) && side(a.target, b.target)
}

function figures(precision: number, recall: number): Figures {
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}
