/** Arabic writes the conjunctions و ف, the prepositions ب ل ك and the article ال joined to the word. */
const arabicClitics = /^(?:[وف]?(?:[بلك]?ال|لل)|[وف])(?=\p{L}{3})/u

/**
 * A word without the clitics Arabic joins to its front (`والحكومة` → `حكومة`), when three letters
 * or more are left; other words as they are.
 *
 * @example
 *   withoutArabicClitics('بالقرار') // => 'قرار'
 */
export function withoutArabicClitics(word: string): string {
  const first = word.charCodeAt(0)
  // Every clitic is an Arabic letter: skip the expression for other words.
  return first >= 0x600 && first <= 0x6ff ? word.replace(arabicClitics, '') : word
}
