import type {BlockKind} from './types.js'

const urls = /\b(?:https?:\/\/|www\.)\S+/giu
const runs = /\S+/gu
const letter = /\p{L}/u
/** What every match of `urls` contains. */
const mayHoldUrl = /https?:\/\/|www\./iu

/**
 * Whether a block needs translating: false for code, for empty blocks and for
 * blocks with no letters once URLs and e-mail addresses are removed (URLs
 * only, numbers only, punctuation only).
 */
export function isTranslatable(kind: BlockKind, text: string): boolean {
  if (kind === 'code') return false
  // Most blocks hold neither: skip the replacements (and their copies of the text) then.
  const withoutUrls = mayHoldUrl.test(text) ? text.replace(urls, ' ') : text
  return letter.test(withoutUrls.includes('@') ? withoutUrls.replace(runs, blankAddress) : withoutUrls)
}

/**
 * A run of non-space characters shaped like an e-mail address (`\S+@\S+\.\S+`: an `@` after the
 * first character and a `.` at least one character after it and before the end) becomes `' '`.
 * Tested by index, not by that regex, which backtracks polynomially on runs of `@`.
 */
function blankAddress(run: string): string {
  const at = run.indexOf('@', 1)
  const dot = run.lastIndexOf('.', run.length - 2)
  return at !== -1 && dot >= at + 2 ? ' ' : run
}
