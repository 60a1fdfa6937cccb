/**
 * One pass over code: a string literal (group 1) or a comment — `/* … *\/`,
 * `<!-- … -->`, or `//` / `#` to the end of the line after white space or at a
 * line start (not `#!`, not the `//` of `https://`).
 */
const stringOrComment =
  /("[^"\n]*"|'[^'\n]*')|\/\*[^*]*\*+(?:[^*/][^*]*\*+)*\/|<!--(?:[^-]|-(?!->))*-->|(?<=^|[ \t])(?:\/\/|#(?!!))[^\n]*/gmu
/** A string literal holding prose: two words of letters and no digits, commas or slashes. */
const prose = /^.[^\d,/]*\p{L}{2,}\s+\p{L}{2,}[^\d,/]*.$/u

/**
 * What of a piece of code must stay equal in a translation: comments removed,
 * string literals holding prose (`'Merhaba Dünya!'`) replaced by `"…"`, white
 * space collapsed; one entry per non-empty line. Identifiers, flags, numbers,
 * paths and short strings (`'express:*'`) are kept as written.
 */
export function codeLines(code: string): string[] {
  return code
    .normalize('NFC')
    .replace(stringOrComment, (match, literal?: string) => (literal === undefined ? '' : prose.test(literal) ? '"…"' : literal))
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
}

/** Whether an item has anything but letters and white space (`main:app`, `-v`, `42`): then it is code, not a word. */
export function looksLikeCode(item: string): boolean {
  return /[^\p{L}\s]/u.test(item)
}
