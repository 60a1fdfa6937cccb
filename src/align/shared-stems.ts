import type {Side} from './side.js'
import {addKeys} from './side.js'
import type {Interner} from './unit-features.js'
import {intern, stemLength} from './unit-features.js'

/**
 * Words both documents write alike, by their stems of five letters (`Distanz` and `distance`,
 * `proje` and `project`), keyed as names are (`n:dista`): without a lexicon, the words a pair
 * shares are its best evidence, and a noun is a name only where the language capitalises it. A stem
 * counts only where both sides use it about as often (in units, neither more than twice the other):
 * a word of one language that the other quotes once (`about`, a false friend such as `deprem` and
 * `depression`) would otherwise cost every unit that has it.
 */
export function addSharedStems(source: Side, target: Side, stems: {source: Interner; target: Interner}, keys: Interner): void {
  const sourceUses = stemUses(source, stems.source.size)
  const targetUses = stemUses(target, stems.target.size)
  const shared = {source: [] as Array<number | undefined>, target: [] as Array<number | undefined>}
  for (const [stem, s] of stems.source) {
    const t = stems.target.get(stem)
    if (t === undefined || stem.length !== stemLength) continue
    const [a, b] = [sourceUses[s] as number, targetUses[t] as number]
    if (2 * Math.min(a, b) < Math.max(a, b)) continue
    shared.source[s] = shared.target[t] = intern(keys, `n:${stem}`)
  }
  for (const [side, table] of [[source, shared.source], [target, shared.target]] as const) {
    if (table.length === 0) continue
    addKeys(side, (unit) => {
      const found: number[] = []
      for (const stem of unit.stems) {
        const key = table[stem]
        if (key !== undefined && !unit.keys.includes(key)) found.push(key)
      }
      return found
    })
  }
}

/** In how many units of a side each stem appears. */
function stemUses(side: Side, count: number): Int32Array {
  const uses = new Int32Array(count)
  for (const units of [side.sentences, side.blocks]) for (const unit of units) for (const stem of unit.stems) uses[stem] = (uses[stem] as number) + 1
  return uses
}
