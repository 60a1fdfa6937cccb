import {romanValue} from './roman-numeral.js'
import type {Anchor} from './types.js'

/**
 * Pairs anchors left over on the two sides that name one stretch of time, or one number, written
 * another way: a decade by its year or its last two digits, one of them with letters glued on
 * (`1930s` = `années 30` = `30-е годы`), with the century a translation may add (`20 世纪 30
 * 年代`); a century by its ordinal or its first year (`19th century` = `1800-luvun`); a number in
 * Roman numerals, read as an acronym, by its value (`XIX` = `19th`, `World War II` = `İkinci Dünya
 * Savaşı`). Each pair is of an index of `ones` and one of `others`, both marked used; call it both
 * ways round.
 */
export function pairEras(ones: readonly Anchor[], others: readonly Anchor[], onesUsed: boolean[], othersUsed: boolean[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  const take = (i: number, accepts: (anchor: Anchor) => boolean) => {
    const j = others.findIndex((anchor, index) => !othersUsed[index] && accepts(anchor))
    if (j < 0) return false
    onesUsed[i] = othersUsed[j] = true
    pairs.push([i, j])
    return true
  }
  ones.forEach((anchor, i) => {
    if (onesUsed[i]) return
    const year = decadeYear(anchor)
    // One of the two is written as a decade, with letters glued on (`1930s`, `80er`, `30-е`): `In 1980` is not `80 people`.
    if (year !== undefined && take(i, (other) => other.kind === 'number' && Number(other.value) === year % 100 && (anchor.suffix ?? other.suffix) !== undefined)) {
      take(i, (other) => other.kind === 'number' && Number(other.value) === Math.floor(year / 100) + 1)
      return
    }
    if (anchor.kind === 'ordinal' && take(i, (other) => other.kind === 'number' && other.value === String((Number(anchor.value) - 1) * 100) && other.value.length === 4)) return
    const roman = anchor.kind === 'acronym' ? romanValue(anchor.value) : undefined
    if (roman !== undefined) take(i, (other) => (other.kind === 'number' || other.kind === 'ordinal') && Number(other.value) === roman)
  })
  return pairs
}

/** A year that may name its decade (`1930`, `2010`: a four-digit integer ending in one zero, 1000-2099), or `undefined`. */
function decadeYear(anchor: Anchor): number | undefined {
  if (anchor.kind !== 'number' || !/^(1\d|20)\d0$/.test(anchor.value)) return undefined
  const year = Number(anchor.value)
  return year % 100 === 0 ? undefined : year
}
