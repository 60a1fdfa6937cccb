/** Single quotes, apostrophes and guillemets (‘ ’ ‚ ‛ ′ ‹ ›) that become `'`. */
const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A]/g
/** Double quotes (“ ” „ ‟ ″ « ») that become `"`. */
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
/** Hyphens, dashes and the minus sign (‐ ‑ ‒ – — ― −) that become `-`. */
const dashes = /[\u2010-\u2015\u2212]/g
/** Zero-width characters and the BOM, which are dropped. */
const invisible = /[\u200B-\u200D\u2060\uFEFF]/g
/** Any run of white space, NBSP and other Unicode spaces included. */
const spaces = /\s+/g
/**
 * A character one of the replacements below changes: a quote, dash or invisible
 * character, or white space other than the plain space. Most text has none (nor
 * two spaces in a row, nor a space at either end), and one test of it is
 * cheaper than five passes.
 */
const replaced = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u200B-\u200D\u2060\uFEFF\t-\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/

/**
 * Normalises text for comparison: NFC, typographic quotes, apostrophes and
 * dashes to their ASCII forms, zero-width characters removed, runs of white
 * space (NBSP and other Unicode spaces included) collapsed to one space, trimmed.
 *
 * Offsets are not preserved: use it on copies, never on text you slice later.
 *
 * @example
 *   normalizeText('“İŞKUR’un”\u00A0 2015–2018') // => '"İŞKUR\'un" 2015-2018'
 */
export function normalizeText(text: string): string {
  if (typeof text !== 'string') throw new TypeError('normalizeText: expected `text` to be a string')
  const composed = text.normalize('NFC')
  if (!replaced.test(composed) && !composed.includes('  ') && !composed.startsWith(' ') && !composed.endsWith(' ')) return composed
  return composed
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(dashes, '-')
    .replace(invisible, '')
    .replace(spaces, ' ')
    .trim()
}
