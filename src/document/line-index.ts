import type {Point} from './types.js'

/** Turns offsets in `value` into points (1-based line and column, 0-based offset). */
export type ToPoint = (offset: number) => Point

/**
 * Indexes the line starts of `value` (after `\n`, `\r\n` or a lone `\r`) so
 * that offsets turn into points in O(log lines).
 */
export function createLineIndex(value: string): ToPoint {
  const starts = [0]
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10 || (code === 13 && value.charCodeAt(index + 1) !== 10)) starts.push(index + 1)
  }
  return lineIndex(starts)
}

/** Turns offsets into points by the offsets of the line starts, in order (the first is 0). */
export function lineIndex(starts: ArrayLike<number>): ToPoint {
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (starts[low] ?? 0) + 1, offset}
  }
}
