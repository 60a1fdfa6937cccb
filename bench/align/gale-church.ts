/**
 * A plain Gale-Church (1993) sentence aligner, the bench's reference: character lengths,
 * c and s² as in the paper (c from the pair's totals), bead priors 1-1 .89, 1-0/0-1 .0099,
 * 2-1/1-2 .089, 2-2 .011; full O(n·m) dynamic programming over the whole file.
 */
import type {GoldBead} from './task.js'

const priors: Array<[number, number, number]> = [[1, 1, 0.89], [1, 0, 0.0099], [0, 1, 0.0099], [2, 1, 0.089], [1, 2, 0.089], [2, 2, 0.011]]
const variance = 6.8

export function galeChurch(source: readonly number[], target: readonly number[]): GoldBead[] {
  const n = source.length
  const m = target.length
  const c = target.reduce((a, b) => a + b, 0) / Math.max(1, source.reduce((a, b) => a + b, 0))
  const cost = new Float64Array((n + 1) * (m + 1)).fill(Infinity)
  const move = new Uint8Array((n + 1) * (m + 1))
  cost[0] = 0
  const sum = (values: readonly number[], from: number, count: number) => {
    let total = 0
    for (let index = from; index < from + count; index++) total += values[index] ?? 0
    return total
  }
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue
      let best = Infinity
      priors.forEach(([k, l, prior], index) => {
        if (i < k || j < l) return
        const total = (cost[(i - k) * (m + 1) + j - l] ?? Infinity) + beadCost(sum(source, i - k, k), sum(target, j - l, l), c, prior)
        if (total < best) (best = total), (move[i * (m + 1) + j] = index)
      })
      cost[i * (m + 1) + j] = best
    }
  }
  const beads: GoldBead[] = []
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [k, l] = priors[move[i * (m + 1) + j] ?? 0] ?? [1, 1]
    beads.push({source: range(i - k, k), target: range(j - l, l)})
    i -= k
    j -= l
  }
  return beads.reverse()
}

function beadCost(ls: number, lt: number, c: number, prior: number): number {
  if (ls === 0 && lt === 0) return -Math.log(prior)
  const mean = (ls + lt / c) / 2
  const delta = (lt - ls * c) / Math.sqrt(Math.max(1, mean) * variance)
  const tail = 2 * (1 - normalCdf(Math.abs(delta)))
  return -Math.log(prior) - Math.log(Math.max(tail, 1e-12))
}

function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * z)
  const d = 0.3989423 * Math.exp((-z * z) / 2)
  return 1 - d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))))
}

function range(first: number, count: number): number[] {
  return Array.from({length: count}, (_, index) => first + index)
}
