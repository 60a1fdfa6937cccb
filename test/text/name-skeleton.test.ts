import {describe, expect, it} from 'vitest'
import {nameSkeleton} from '../../src/text/name-skeleton.js'

describe('nameSkeleton', () => {
  it.each([
    ['trump', 'трамп', 'trm'],
    ['moscow', 'москва', 'msk'],
    ['brexit', 'брексит', 'brk'],
    ['johnson', 'джонсон', 'jns'],
    ['chelsea', 'челси', 'kls'],
    ['washington', 'вашингтон', 'vsn']
  ])('gives %s and %s the same three consonants', (latin, cyrillic, skeleton) => {
    expect([nameSkeleton(latin), nameSkeleton(cyrillic)]).toStrictEqual([skeleton, skeleton])
  })

  it('reads the stops Greek writes with two letters at the start of a foreign name, and only there', () => {
    // `Ντουάιερ` Dwyer, `Γκρέταμ` Gretham, `Μπάιντεν` Biden; inside a word `μπ` stays `mp`, as in `Τραμπ`, Trump.
    expect([nameSkeleton('ντουαιερ'), nameSkeleton('γκρεταμ'), nameSkeleton('μπαιντεν')]).toStrictEqual(['dr', 'grt', 'bnt'])
    expect([nameSkeleton('τραμπ'), nameSkeleton('trump'), nameSkeleton('τομας'), nameSkeleton('thomas')]).toStrictEqual(['trm', 'trm', 'tms', 'tms'])
  })

  it('keeps what transliteration cannot bring together apart: a soft c, a translated name', () => {
    expect([nameSkeleton('facebook'), nameSkeleton('фейсбук'), nameSkeleton('greece'), nameSkeleton('ελλαδα')]).toStrictEqual(['fkb', 'fsb', 'grk', 'ld'])
  })
})
