import {createHash} from 'node:crypto'
import {normalizeText} from '../text/normalize-text.js'
import type {RuleId} from './types.js'

/** Length of a fingerprint in hex digits (64 bits: collisions are not a concern for one project). */
const length = 16

/**
 * A stable fingerprint of a finding: hash of the rule, the normalised source
 * text, the normalised target text, and an optional key that tells apart two
 * findings of one rule on the same blocks (such as a glossary term).
 * White space, typographic quotes and dashes do not change it; line numbers
 * do not take part, so it survives edits elsewhere in the files.
 *
 * @example
 *   findingFingerprint('only-in-source', 'Bir paragraf.', '') // => 16 hex digits
 */
export function findingFingerprint(rule: RuleId, sourceText: string, targetText: string, key = ''): string {
  const hash = createHash('sha256')
  for (const part of [rule, normalizeText(sourceText), normalizeText(targetText), key]) {
    hash.update(part)
    hash.update('\u0000')
  }
  return hash.digest('hex').slice(0, length)
}
