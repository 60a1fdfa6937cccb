import {describe, expect, it} from 'vitest'
import {postingRows} from '../../src/memory/posting-rows.js'
import {createPreparer} from '../../src/memory/prepare-units.js'

/** Two units: `ev ev` / `ırmak` and `ev` / `ırmak`; local tokens 0 = en `ev`, 1 = tr `ırmak`. */
const batch = () =>
  createPreparer()([
    {source: 'ev ev', target: 'ırmak', sourceLang: 'en', targetLang: 'tr'},
    {source: 'ev', target: 'ırmak', sourceLang: 'en', targetLang: 'tr'}
  ])
const plain = (rows: ReturnType<typeof postingRows>) => rows.map(({token, entries}) => [token, Array.from(entries)])

describe('postingRows', () => {
  it('moves every entry to the stored ids and maps the tokens', () => {
    // Units stored as 10 and 11: entries 20, 21 and 22, 23; `ev` twice in one side is one entry of length 2.
    expect(plain(postingRows(batch(), 10, Uint8Array.of(1, 1), Int32Array.of(7, 9)))).toStrictEqual([
      [7, [20, 2, 22, 1]],
      [9, [21, 1, 23, 1]]
    ])
  })

  it('leaves out the units that were not stored', () => {
    expect(plain(postingRows(batch(), 10, Uint8Array.of(1, 0), Int32Array.of(7, 9)))).toStrictEqual([
      [7, [20, 2]],
      [9, [21, 1]]
    ])
  })

  it('gives no row for a token whose units were all repeats', () => {
    expect(postingRows(batch(), 1, Uint8Array.of(0, 0), Int32Array.of(7, 9))).toStrictEqual([])
  })
})
