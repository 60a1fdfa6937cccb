import {primaryLang} from '../text/primary-lang.js'

/**
 * Punctuation a translation keeps, in any script: question marks (`?`, `？`, `؟`, and `;` in Greek,
 * where it is one), exclamation marks (`!`, `！`), quotations (any quotation marks, counted in pairs:
 * `“…”`, `„…“`, `«…»`, `「…」`, `"…"`), opening parentheses (`(`, `（`) and colons that end a clause
 * (`:` before a space or the end, `：`; not those of `15:00` or `https://`).
 */
const marks = /[?？؟!！(（:：;"“”„«»「」『』]/gu
const quotes = new Set(['"', '“', '”', '„', '«', '»', '「', '」', '『', '』'])
const keys: Readonly<Record<string, string>> = {'?': 'p:?', '？': 'p:?', '؟': 'p:?', '!': 'p:!', '！': 'p:!', '(': 'p:(', '（': 'p:(', '：': 'p::'}

/**
 * The punctuation keys of a unit's text in `lang`, one per mark (`p:?`, `p:!`, `p:(`, `p::`) and
 * one per pair of quotation marks (`p:q`).
 *
 * @example
 *   punctuationKeys('Ne dedi? «Geliyorum» dedi.', 'tr') // => ['p:?', 'p:q']
 */
export function punctuationKeys(text: string, lang: string): string[] {
  const found: string[] = []
  let quoteMarks = 0
  for (const match of text.matchAll(marks)) {
    const mark = match[0]
    if (quotes.has(mark)) quoteMarks++
    else if (mark === ';') {
      if (primaryLang(lang) === 'el') found.push('p:?')
    } else if (mark === ':') {
      const after = text.charAt(match.index + 1)
      if (after === '' || /\s/u.test(after)) found.push('p::')
    } else found.push(keys[mark] as string)
  }
  for (let pair = 0; pair < Math.ceil(quoteMarks / 2); pair++) found.push('p:q')
  return found
}
