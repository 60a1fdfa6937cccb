/** Short words acronyms skip (`Not in Education, Employment or Training` is `NEET`). */
const joiners = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'da', 'de', 'ile', 've', 'veya', 'ya'])
/** Shorter acronyms match too many phrases by chance. */
const minLetters = 3

/**
 * Whether the acronym `value` (folded: `neet`) is spelled out in the folded `words`: the
 * initials of consecutive words, short joiners skipped or not, give its letters in order
 * (`not in employment, education or training`) or in another order, as acronyms taken from
 * another language do (`NUTS`: `nomenclature of territorial units for statistics`).
 *
 * @example
 *   spelledOut('neet', ['young', 'people', 'not', 'in', 'employment', 'education', 'or', 'training']) // => true
 */
export function spelledOut(value: string, words: readonly string[]): boolean {
  const letters = value.replace(/[^\p{L}]/gu, '')
  if (letters.length < minLetters) return false
  const all = words.map((word) => word.charAt(0)).join('')
  const content = words
    .filter((word) => !joiners.has(word))
    .map((word) => word.charAt(0))
    .join('')
  return all.includes(letters) || content.includes(letters) || hasAnagramWindow(content, letters)
}

function hasAnagramWindow(initials: string, letters: string): boolean {
  const wanted = [...letters].sort().join('')
  for (let start = 0; start + letters.length <= initials.length; start++) {
    if ([...initials.slice(start, start + letters.length)].sort().join('') === wanted) return true
  }
  return false
}
