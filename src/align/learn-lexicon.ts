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
  const pairCount = new Map<number, number>()
  for (let index = 0; index < beads.length; index += step) {
    const [source, target] = beads[index] as readonly [readonly number[], readonly number[]]
    const sourceStems = source.slice(0, maximumStems)
    const targetStems = target.slice(0, maximumStems)
    for (const s of sourceStems) sourceCount.set(s, (sourceCount.get(s) ?? 0) + 1)
    for (const t of targetStems) targetCount.set(t, (targetCount.get(t) ?? 0) + 1)
    for (const s of sourceStems) for (const t of targetStems) pairCount.set(s * pairBase + t, (pairCount.get(s * pairBase + t) ?? 0) + 1)
  }
  return keepMutualBest(pairCount, sourceCount, targetCount)
}

function keepMutualBest(pairCount: Map<number, number>, sourceCount: Map<number, number>, targetCount: Map<number, number>): LearnedLexicon {
  const bestSource = new Map<number, [number, number]>()
  const bestTarget = new Map<number, [number, number]>()
  for (const [pair, count] of pairCount) {
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
