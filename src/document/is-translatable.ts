import type {BlockKind} from './types.js'

const urls = /\b(?:https?:\/\/|www\.)\S+/giu
const emails = /\S+@\S+\.\S+/gu
const letter = /\p{L}/u

/**
 * Whether a block needs translating: false for code, for empty blocks and for
 * blocks with no letters once URLs and e-mail addresses are removed (URLs
 * only, numbers only, punctuation only).
 */
export function isTranslatable(kind: BlockKind, text: string): boolean {
  if (kind === 'code') return false
  return letter.test(text.replace(urls, ' ').replace(emails, ' '))
}
