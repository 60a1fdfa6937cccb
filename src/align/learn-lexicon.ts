/** Word pairs learned from a pair's own beads: crude stem id → evidence key, per side. */
export interface LearnedLexicon {
  source: Map<number, string>
  target: Map<number, string>
}

/** Fewest beads in which a pair must co-occur, and the least Dice coefficient it needs. */
const minimumCount = 2
const minimumDice = 0.3
/** Beads and stems per side looked at, so the cost stays linear and small. */
const maximumBeads = 2000
const maximumStems = 32
const pairBase = 2 ** 21

/**
 * Learns translation pairs from beads believed right (each a pair of stem-id lists): pairs of
 * stems that co-occur in at least two beads with a Dice coefficient of 0.3 or more, each the
 * other's best partner (a cheap form of hunalign's realign dictionary).
 */
export function learnLexicon(beads: ReadonlyArray<readonly [readonly number[], readonly number[]]>): LearnedLexicon {
  const step = Math.max(1, Math.ceil(beads.length / maximumBeads))
  const sourceCount = new Map<number, number>()
  const targetCount = new Map<number, number>()
  const sampled: Array<readonly [readonly number[], readonly number[]]> = []
  for (let index = 0; index < beads.length; index += step) {
    const [source, target] = beads[index] as readonly [readonly number[], readonly number[]]
    const pair = [source.slice(0, maximumStems), target.slice(0, maximumStems)] as const
    for (const s of pair[0]) sourceCount.set(s, (sourceCount.get(s) ?? 0) + 1)
    for (const t of pair[1]) targetCount.set(t, (targetCount.get(t) ?? 0) + 1)
    sampled.push(pair)
  }
  return keepMutualBest(sortedPairs(sampled), sourceCount, targetCount)
}

/**
 * Every co-occurring (source stem, target stem) pair of the sampled beads as one number
 * `s × 2²¹ + t`, sorted so that repeats are adjacent: counting runs in a typed array holds no
 * map of up to a million boxed keys (what made the learning pass the peak of alignment memory).
 */
function sortedPairs(sampled: ReadonlyArray<readonly [readonly number[], readonly number[]]>): Float64Array {
  const pairs = new Float64Array(sampled.reduce((sum, [source, target]) => sum + source.length * target.length, 0))
  let at = 0
  for (const [source, target] of sampled) for (const s of source) for (const t of target) pairs[at++] = s * pairBase + t
  return pairs.sort()
}

function keepMutualBest(pairs: Float64Array, sourceCount: Map<number, number>, targetCount: Map<number, number>): LearnedLexicon {
  const bestSource = new Map<number, [number, number]>()
  const bestTarget = new Map<number, [number, number]>()
  for (let start = 0, end = 0; start < pairs.length; start = end) {
    const pair = pairs[start] as number
    while (end < pairs.length && pairs[end] === pair) end++
    const count = end - start
    if (count < minimumCount) continue
    const s = Math.floor(pair / pairBase)
    const t = pair % pairBase
    const dice = (2 * count) / ((sourceCount.get(s) ?? 0) + (targetCount.get(t) ?? 0))
    if (dice < minimumDice) continue
    if (better(dice, t, bestSource.get(s))) bestSource.set(s, [t, dice])
    if (better(dice, s, bestTarget.get(t))) bestTarget.set(t, [s, dice])
  }
  const learned: LearnedLexicon = {source: new Map(), target: new Map()}
  for (const [s, [t]] of bestSource) {
    if (bestTarget.get(t)?.[0] !== s) continue
    learned.source.set(s, `d:${s}:${t}`)
    learned.target.set(t, `d:${s}:${t}`)
  }
  return learned
}

/** Higher Dice wins; ties go to the lower stem id, so that swapping the sides learns the same pairs. */
function better(dice: number, partner: number, best: [number, number] | undefined): boolean {
  return best === undefined || dice > best[1] || (dice === best[1] && partner < best[0])
}
