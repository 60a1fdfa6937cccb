import type {UnitFeatures} from './unit-features.js'

/**
 * A comma as a sentence's last visible character: Latin `,`, Arabic `،`, ideographic `、` and
 * full-width `，`. Semicolons are left out: Greek writes its question mark as `;` (U+037E, which
 * NFC makes U+003B), so a Greek sentence may end a question with one.
 */
const comma = /[,،、，]\s*$/u

/**
 * 1 for each sentence that ends open: it ends with a comma and the next sentence of the same block
 * goes on with it (one sentence broken over two lines). The last sentence of a block never does.
 */
export function openEnds(units: readonly UnitFeatures[], ranges: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const open = new Uint8Array(units.length)
  for (const [first, end] of ranges) for (let index = first; index < end - 1; index++) open[index] = comma.test((units[index] as UnitFeatures).text) ? 1 : 0
  return open
}

/**
 * Whether the bead boundary before source unit `i` and target unit `j` falls inside a sentence on
 * one side only: a sentence broken over two units there belongs with its rest, on the same side
 * of the boundary. Swapping the sides gives the same answer.
 */
export function endsOnOneSide(source: Uint8Array, target: Uint8Array, i: number, j: number): boolean {
  return (i > 0 && source[i - 1] === 1) !== (j > 0 && target[j - 1] === 1)
}
