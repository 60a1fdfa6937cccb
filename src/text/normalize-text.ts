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
/** Whether any of the replacements below has work to do: most text has none, and one test is cheaper than five passes. */
const anyChange = /[\u2018\u2019\u201A\u201B\u2032\u2039\u203A\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u200B-\u200D\u2060\uFEFF]|[^\S ]|\s\s|^\s|\s$/

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
  const composed = text.normalize('NFC')
  if (!anyChange.test(composed)) return composed
  return composed
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(dashes, '-')
    .replace(invisible, '')
    .replace(spaces, ' ')
    .trim()
}
