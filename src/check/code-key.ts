/**
 * One pass over code: a string literal (group 1), JSX/HTML text between tags
 * (group 2), or a comment — `/* … *\/`, `<!-- … -->`, or `//` / `#` to the end
 * of the line after white space or at a line start (not `#!`, not the `//` of
 * `https://`).
 */
const stringOrComment =
  /("[^"\n]*"|'[^'\n]*')|>([^<>\n]+)<|\/\*[^*]*\*+(?:[^*/][^*]*\*+)*\/|<!--(?:[^-]|-(?!->))*-->|(?<=^|[ \t])(?:\/\/|#(?!!))[^\n]*/gmu
/** Text a reader sees, not data: letters, and no digit or code punctuation (`/`, `:`, `=`, `_`, `$`, …). */
const dataCharacter = /[\d/:=@#$%^&*_\\|<>{}()[\]`~+]/u

function isText(value: string): boolean {
  return /\p{L}/u.test(value) && !dataCharacter.test(value)
}

/**
 * What of a piece of code must stay equal in a translation: comments removed,
 * string literals and text between tags that hold text a reader sees
 * (`'Merhaba Dünya!'`, `placeholder="Ara..."`, `<h2>Yükleniyor...</h2>`) masked as
 * `"…"` and `>…<`, white space collapsed; one entry per non-empty line.
 * Lines are compared through `layoutFree`.
 * Identifiers, flags, numbers, paths and data strings (`'express:*'`,
 * `'127.0.0.1'`) are kept as written.
 */
export function codeLines(code: string): string[] {
  return code
    .normalize('NFC')
    .replace(stringOrComment, masked)
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line !== '')
}

/**
 * A line without its layout: white space kept only between two word characters,
 * `'` quotes as `"`, and no trailing `,` (at the end or before a bracket) or `;` (a formatter's choices, not content).
 */
export function layoutFree(line: string): string {
  return line
    .replace(/'([^'"]*)'/gu, '"$1"')
    .replace(/\s+/gu, ' ')
    .replace(/ (?=[^\p{L}\p{N}_])|(?<=[^\p{L}\p{N}_]) /gu, '')
    .replace(/,(?=[)\]}])/gu, '')
    .replace(/[,;]$/u, '')
    .trim()
}

function masked(match: string, literal?: string, between?: string): string {
  if (literal !== undefined) return isText(literal.slice(1, -1)) ? '"…"' : literal
  if (between !== undefined) return isText(between.trim()) ? '>…<' : match
  return ''
}

/** Whether an item has anything but letters and white space (`main:app`, `-v`, `42`): then it is code, not a word. */
export function looksLikeCode(item: string): boolean {
  return /[^\p{L}\s]/u.test(item)
}
