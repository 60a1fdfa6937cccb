/**
 * A Gale-Church-style length model on the log of the length ratio: for a bead whose sides
 * are `ls` and `lt` characters long, `r = ln(lt+1) − ln(ls+1)` is taken as normal with mean
 * `mean` and variance `variance · (1/(ls+1) + 1/(lt+1)) + 0.15` — longer beads vary less. Symmetric:
 * swapping the sides negates `r` and `mean` and keeps the cost.
 */
export interface LengthModel {
  mean: number
  variance: number
}

/** The variance before any bead is known: about Gale and Church's 6.8 per character, on the log scale. */
const defaultVariance = 4
/** Variance of the log ratio that no length removes: translators vary in verbosity (σ ≈ 0.4). */
const varianceFloor = 0.15
/** Median of a χ² variable with one degree of freedom, to turn a median into a variance. */
const chiSquareMedian = 0.455

/** The mean log ratio of the pair's total lengths, with the default variance. */
export function initialLengthModel(sourceTotal: number, targetTotal: number): LengthModel {
  return {mean: Math.log(targetTotal + 1) - Math.log(sourceTotal + 1), variance: defaultVariance}
}

/** Re-estimates the variance from beads believed right (`[ls, lt]` pairs), robustly (median). */
export function refineLengthModel(model: LengthModel, pairs: ReadonlyArray<readonly [number, number]>): LengthModel {
  if (pairs.length < 10) return model
  const ratios = pairs.map(([ls, lt]) => Math.max(0, deviation(model, ls, lt) ** 2 - varianceFloor) / spread(ls, lt)).sort((a, b) => a - b)
  const median = ratios[Math.floor(ratios.length / 2)] ?? defaultVariance
  return {mean: model.mean, variance: Math.min(50, Math.max(0.5, median / chiSquareMedian))}
}

/** The cost of a bead's lengths: `δ²/2`, the negative log of its normal density up to a constant. */
export function lengthCost(model: LengthModel, ls: number, lt: number): number {
  const delta = deviation(model, ls, lt)
  return (delta * delta) / (2 * (model.variance * spread(ls, lt) + varianceFloor))
}

/** Exact negation when the sides swap: IEEE subtraction and addition are sign-symmetric and commutative. */
function deviation(model: LengthModel, ls: number, lt: number): number {
  return logOf(lt + 1) - logOf(ls + 1) - model.mean
}

/** `Math.log` of small integers from a table filled on first use: the search asks for the same lengths again and again. */
const logTable = new Float64Array(8192)

function logOf(value: number): number {
  if (value >= logTable.length) return Math.log(value)
  const cached = logTable[value] as number
  return cached !== 0 || value === 1 ? cached : (logTable[value] = Math.log(value))
}

function spread(ls: number, lt: number): number {
  return 1 / (ls + 1) + 1 / (lt + 1)
}
