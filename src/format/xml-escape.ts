/**
 * The one XML escaper of bitext (TMX, XLIFF, JUnit): text written by these two functions reads back
 * exactly as it was, carriage returns and attribute white space included.
 */

/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates); written as U+FFFD. */
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Escapes text for element content: `&`, `<`, `>`, and `\r` (which parsers would turn into `\n`). */
export function escapeText(text: string): string {
  return text
    .replace(forbidden, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
}

/**
 * Escapes text for a double-quoted attribute value: `escapeText`, `"`, and tabs and newlines as
 * character references (attribute-value normalisation would turn them into spaces).
 */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;')
}
