import type {Anchor} from './types.js'
import {degreeTolerance, fahrenheitToCelsius} from './unit-conversion.js'

const celsiusUnits = new Set(['celsius', 'degree'])

/**
 * Pairs a number written as a decade with `s` glued on (`highs in the 80s`: 80 to 89 °F, as American
 * weather reports give temperatures), left over on one side, with a temperature the other side gives
 * in degrees Celsius or bare degrees within that span converted (26.7-31.7 °C, a degree either way:
 * `27 Grad`, `26 degrés`, `25–30 fok` being 25 to 30). Each pair is of an index of `ones` and one of
 * `others`, both marked used; call it both ways round.
 */
export function pairDegreeDecades(ones: readonly Anchor[], others: readonly Anchor[], onesUsed: boolean[], othersUsed: boolean[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  ones.forEach((anchor, i) => {
    const span = onesUsed[i] ? undefined : celsiusSpan(anchor)
    if (!span) return
    const within = (value: string) => Number(value) >= span[0] - degreeTolerance && Number(value) <= span[1] + degreeTolerance
    const j = others.findIndex(
      (other, index) => !othersUsed[index] && (other.kind === 'number' || other.kind === 'range') && celsiusUnits.has(other.unit ?? '') && other.value.split('..').every(within)
    )
    if (j < 0) return
    onesUsed[i] = othersUsed[j] = true
    pairs.push([i, j])
  })
  return pairs
}

/** The Celsius span of a decade of Fahrenheit degrees (`80s` → 26.7-31.7), or `undefined` for another anchor. */
function celsiusSpan(anchor: Anchor): [number, number] | undefined {
  if (anchor.kind !== 'number' || anchor.unit !== undefined || anchor.suffix !== 's' || !/^(?:[1-9]|1[0-2])0$/.test(anchor.value)) return undefined
  const low = Number(anchor.value)
  return [fahrenheitToCelsius(low), fahrenheitToCelsius(low + 9)]
}
