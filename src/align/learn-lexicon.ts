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
  return keepMutualBest(sampled, sourceCount, targetCount)
}

/** Co-occurrence counts of one source stem: the target stems it met and how often, in beads. */
type PairVisitor = (s: number, t: number, count: number) => void

/**
 * Counts every co-occurring (source stem, target stem) pair of the sampled beads, one source stem
 * at a time: the beads of each source stem are listed once (compressed rows), and its target stems
 * are counted in a typed array, so no map or sort of up to a million pairs is needed.
 */
function countPairs(sampled: ReadonlyArray<readonly [readonly number[], readonly number[]]>, visit: PairVisitor): void {
  const {stems, offsets, beads} = beadsOfSourceStems(sampled)
  let maximum = 0
  for (const [, target] of sampled) for (const t of target) maximum = Math.max(maximum, t)
  const counts = new Int32Array(maximum + 1)
  const touched: number[] = []
  stems.forEach((s, row) => {
    for (let at = offsets[row] as number; at < (offsets[row + 1] as number); at++) {
      for (const t of (sampled[beads[at] as number] as readonly [readonly number[], readonly number[]])[1]) if ((counts[t] = (counts[t] as number) + 1) === 1) touched.push(t)
    }
    for (const t of touched) visit(s, t, counts[t] as number), (counts[t] = 0)
    touched.length = 0
  })
}

/** For each distinct source stem (in order of first use), the sampled beads that hold it. */
function beadsOfSourceStems(sampled: ReadonlyArray<readonly [readonly number[], readonly number[]]>) {
  const rows = new Map<number, number>()
  const sizes: number[] = []
  for (const [source] of sampled) for (const s of source) {
    const row = rows.get(s)
    if (row === undefined) rows.set(s, sizes.push(1) - 1)
    else sizes[row] = (sizes[row] as number) + 1
  }
  const offsets = new Int32Array(sizes.length + 1)
  sizes.forEach((size, row) => (offsets[row + 1] = (offsets[row] as number) + size))
  const beads = new Int32Array(offsets[sizes.length] as number)
  const filled = offsets.slice(0, sizes.length)
  sampled.forEach(([source], bead) => {
    for (const s of source) {
      const row = rows.get(s) as number
      beads[(filled[row] as number)++] = bead
    }
  })
  return {stems: [...rows.keys()], offsets, beads}
}

function keepMutualBest(sampled: ReadonlyArray<readonly [readonly number[], readonly number[]]>, sourceCount: Map<number, number>, targetCount: Map<number, number>): LearnedLexicon {
  const bestSource = new Map<number, [number, number]>()
  const bestTarget = new Map<number, [number, number]>()
  countPairs(sampled, (s, t, count) => {
    if (count < minimumCount) return
    const dice = (2 * count) / ((sourceCount.get(s) ?? 0) + (targetCount.get(t) ?? 0))
    if (dice < minimumDice) return
    if (better(dice, t, bestSource.get(s))) bestSource.set(s, [t, dice])
    if (better(dice, s, bestTarget.get(t))) bestTarget.set(t, [s, dice])
  })
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
