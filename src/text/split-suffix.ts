/** A word split at its apostrophe: `İŞKUR’un` → `{stem: 'İŞKUR', suffix: 'un'}`. */
export interface SplitWord {
  /** The word before the apostrophe (the whole word when there is none). */
  stem: string
  /** The suffix after the apostrophe, without it; `''` when there is none. */
  suffix: string
}

/** A stem, an apostrophe (`'` or `’`), and a suffix of lower-case letters only. */
const suffixed = /^(.+)['\u2019](\p{Ll}+)$/su

/**
 * Splits a Turkish suffix written after an apostrophe from a proper noun,
 * abbreviation or number: `İŞKUR’un`, `Türkiye'nin`, `2013'te`.
 *
 * Only a suffix of lower-case letters counts, so `O'Brien` and `rock'n'roll`
 * style words in other languages stay whole (`O'Brien` → suffix `''`).
 *
 * @example
 *   splitSuffix('Cenevre’de') // => {stem: 'Cenevre', suffix: 'de'}
 */
export function splitSuffix(word: string): SplitWord {
  if (typeof word !== 'string') throw new TypeError('splitSuffix: expected `word` to be a string')
  const match = suffixed.exec(word)
  if (!match) return {stem: word, suffix: ''}
  return {stem: match[1] ?? word, suffix: match[2] ?? ''}
}
