/**
 * One pass over code: a string or template literal (group 1), JSX/HTML text
 * between tags, on one line or several (group 2), or a comment — `/* … *\/`, `<!-- … -->`, or `//` / `#` to the end
 * of the line after white space or at a line start (not `#!`, not the `//` of
 * `https://`).
 */
const stringOrComment =
  /("[^"\n]*"|'[^'\n]*'|`[^`]*`)|>([^<>]+)<|\/\*[^*]*\*+(?:[^*/][^*]*\*+)*\/|<!--(?:[^-]|-(?!->))*-->|(?<=^|[ \t])(?:\/\/|#(?!!))[^\n]*/gmu
/** Code punctuation (`/`, `:`, `=`, `_`, `$`, …): a string that has it is data. */
const dataCharacter = /[/:=@#$%^&*_\\|<>{}()[\]`~+]/u
/** Two words of letters in a row: a phrase (`in 1960`, `Search albums`) rather than a value (`v2`, `127.0.0.1`). */
const phrase = /\p{L}{2,}[\s,]+\p{L}{2,}|\p{L}{2,}[\s,]+\d|\d[\s,]+\p{L}{2,}/u

/**
 * Text a reader sees, not data: letters and no code punctuation, a colon or
 * ellipsis allowed at the end (`Albümleri ara:`); digits only inside a phrase
 * (`formed in Liverpool in 1960,`), so `'v2'` and `'127.0.0.1'` stay data.
 */
function isText(value: string): boolean {
  const body = value.trim().replace(/(?::|\.{3}|…)$/u, '')
  return /\p{L}/u.test(body) && !dataCharacter.test(body) && (!/\d/u.test(body) || phrase.test(body))
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
function layoutFree(line: string): string {
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
  if (between !== undefined) return isText(between.trim()) ? '>…<' : `>${maskAroundExpressions(between)}<`
  return ''
}

/**
 * Element content that mixes text and JSX expressions (`"{query}" için bir sonuç
 * bulunamadı`): the text around the `{…}` is masked, the expressions kept.
 */
function maskAroundExpressions(between: string): string {
  if (!/\{[^{}]*\}/u.test(between)) return between
  return between.replace(/[^{}]+(?=\{|$)/gu, (part) => (isText(part.trim()) ? '…' : part))
}

/**
 * How a line of code is compared: its layout-free form; a line of markup with
 * masked text (`<p>…<i>{query}</i></p>`) by its tags and expressions in any
 * order, since a translation may move the text around an inline element.
 */
export function lineKey(line: string): string {
  const free = layoutFree(line)
  if (!free.includes('…')) return free
  return (free.match(/<\/?[\w.-]+(?:[^\w.<>-][^<>]*)?>|\{[^{}]*\}|[\p{L}\p{N}_.$]+/gu) ?? []).sort().join(' ')
}

/** Whether an item has anything but letters and white space (`main:app`, `-v`, `42`): then it is code, not a word. */
export function looksLikeCode(item: string): boolean {
  return /[^\p{L}\s]/u.test(item)
}
