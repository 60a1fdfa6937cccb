/**
 * A block's folded words kept as one string: each word after a NUL
 * (`['ab', 'c']` → `'\0ab\0c'`, none → `''`). One string a block instead of
 * one a word: the words of 5 MB of text took some 20 MB as arrays of strings.
 * Words that hold a NUL themselves stay an array, so unpacking always gives
 * back the same list.
 */
export type PackedWords = string | readonly string[]

const separator = '\u0000'

/** `words` packed into one string (or kept as they are when a word holds a NUL). */
export function packWords(words: readonly string[]): PackedWords {
  if (words.some((word) => word.includes(separator))) return words
  return words.map((word) => separator + word).join('')
}

/** The words `packWords` was given, in order. */
export function unpackWords(packed: PackedWords | undefined): string[] {
  if (packed === undefined || packed === '') return []
  if (typeof packed !== 'string') return [...packed]
  return packed.slice(1).split(separator)
}
