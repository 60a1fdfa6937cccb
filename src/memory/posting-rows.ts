import type {PreparedBatch} from './prepare-units.js'
import {unitOf} from './entry.js'

/** One postings row: a store token id and its `entry, side length` pairs. */
export interface PostingRow {
  token: number
  entries: Int32Array
}

/**
 * The postings rows of a written batch. The batch's entries name its units by
 * position (`index × 2 + side`); the rows name them by stored id
 * (`(first + index) × 2 + side`), and leave out the units that were not stored
 * (`stored[index] === 0`: repeats). Token ids go through `storeIds`. The rows
 * are views of `batch.postings`, which is rewritten in place.
 */
export function postingRows(batch: PreparedBatch, first: number, stored: Uint8Array, storeIds: Int32Array): PostingRow[] {
  const {postings, postingEnds, postingTokens} = batch
  const shift = first * 2
  const rows: PostingRow[] = []
  let start = 0
  for (let i = 0; i < postingTokens.length; i++) {
    const end = postingEnds[i] as number
    let kept = start
    for (let at = start; at < end; at += 2) {
      const entry = postings[at] as number
      if (stored[unitOf(entry)] === 0) continue
      postings[kept] = entry + shift
      postings[kept + 1] = postings[at + 1] as number
      kept += 2
    }
    if (kept > start) rows.push({token: storeIds[postingTokens[i] as number] as number, entries: postings.subarray(start, kept)})
    start = end
  }
  return rows
}
