import type {UnitFeatures} from './unit-features.js'

/** One side of a pair, read once: sentence features and the sentence ranges of each block. */
export interface Side {
  sentences: UnitFeatures[]
  /** Features of each block (its sentences' evidence together). */
  blocks: UnitFeatures[]
  /** `[first, end)` sentence indices of each block. */
  ranges: Array<[number, number]>
  /** Evidence keys of each block's link targets and image sources (block level only: a link has no sentence). */
  links: number[][]
}

/** The unit with more keys, as a new unit: `read` may hand out the features it keeps for later copies. */
export function withKeys(unit: UnitFeatures, keys: readonly number[]): UnitFeatures {
  return keys.length === 0 ? unit : {...unit, keys: [...unit.keys, ...keys]}
}

/** A block's features: the evidence of its sentences `first … end − 1` together (stems stay with the sentences). */
export function joinUnits(text: string, heading: boolean, sentences: readonly UnitFeatures[], first: number, end: number): UnitFeatures {
  const joined: UnitFeatures = {text, heading, length: 0, keys: [], stems: []}
  for (let index = first; index < end; index++) {
    const sentence = sentences[index] as UnitFeatures
    joined.length += sentence.length
    for (const key of sentence.keys) joined.keys.push(key)
  }
  joined.keys = joined.keys.slice() // exact size, without the spare capacity pushing left
  return joined
}

/** Adds the keys `more` gives each sentence (and each block without sentences); blocks whose sentences gained keys are joined again. */
export function addKeys(side: Side, more: (unit: UnitFeatures) => number[]): void {
  const gained = new Uint8Array(side.sentences.length)
  side.sentences.forEach((unit, index) => {
    for (const key of more(unit)) unit.keys.push(key), (gained[index] = 1)
  })
  side.blocks = side.blocks.map((block, index) => {
    const [first, end] = side.ranges[index] ?? [0, 0]
    if (first === end) for (const key of more(block)) block.keys.push(key)
    return first < end && gained.subarray(first, end).includes(1) ? withKeys(joinUnits(block.text, block.heading, side.sentences, first, end), side.links[index] ?? []) : block
  })
}

/** Takes out the keys `drop` names from each sentence (and each block without sentences); blocks are joined again from their sentences. */
export function removeKeys(side: Side, drop: (key: number) => boolean): void {
  side.sentences.forEach((unit) => (unit.keys = unit.keys.filter((key) => !drop(key))))
  side.blocks = side.blocks.map((block, index) => {
    const [first, end] = side.ranges[index] ?? [0, 0]
    return first < end ? withKeys(joinUnits(block.text, block.heading, side.sentences, first, end), side.links[index] ?? []) : {...block, keys: block.keys.filter((key) => !drop(key))}
  })
}
