/**
 * Words written in capitals for emphasis, never names: the RFC 2119 keywords of English
 * (`MUST`, `SHOULD NOT`, `MAY`) and, in Turkish, which renders them as verb suffixes, words in
 * capitals ending in one (`YAPILMALIDIR`, `KULLANILABİLİR`, `OLMAMALI`).
 */
const keywords = new Set(['must', 'not', 'required', 'shall', 'should', 'recommended', 'may', 'optional'])
const turkishModal = /(?:MALI|MELİ|MAMALI|MEMELİ)(?:DIR|DİR|DUR|DÜR)?$|(?:A|E)BİLİR$|(?:A|E)MAZ$|(?:A|E)MEZ$/u

/** Whether an acronym (its text as written, its folded value) is an emphasised word instead. */
export function isEmphasisWord(text: string, value: string): boolean {
  return keywords.has(value) || turkishModal.test(text.replace(/['’].*$/u, ''))
}
