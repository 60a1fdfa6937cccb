import type {Alignment} from '../align/types.js'
import type {BitextDocument} from '../document/types.js'

/** A side whose blocks in a second language make at least this share of its identified text is in that language. */
const minShare = 0.2

/**
 * The languages of the two sides as `untranslated` reads them. When both documents were
 * detected in one language — a half-translated page, whose untranslated part outweighs the
 * rest — the side with the larger share of text in another language is taken to be in that
 * language (at least a fifth of its identified text): its translated blocks say what it should be.
 *
 * @example
 *   pairLanguages(align(halfTranslatedTurkish, english)) // => ['tr', 'en']
 */
export function pairLanguages(alignment: Alignment): [string, string] {
  const {source, target} = alignment
  if (source.lang !== target.lang || source.lang === 'und') return [source.lang, target.lang]
  const sourceOther = secondLanguage(source)
  const targetOther = secondLanguage(target)
  if (sourceOther.share >= Math.max(minShare, targetOther.share)) return [sourceOther.lang, target.lang]
  if (targetOther.share >= minShare) return [source.lang, targetOther.lang]
  return [source.lang, target.lang]
}

/** The language, other than the document's, with the most identified text, and its share. */
function secondLanguage(document: BitextDocument): {lang: string; share: number} {
  const lengths = new Map<string, number>()
  let total = 0
  for (const block of document.blocks) {
    if (block.lang === 'und' || block.kind === 'code') continue
    total += block.text.length
    if (block.lang !== document.lang) lengths.set(block.lang, (lengths.get(block.lang) ?? 0) + block.text.length)
  }
  let best = {lang: document.lang, share: 0}
  for (const [lang, length] of lengths) if (length / total > best.share) best = {lang, share: length / total}
  return best
}
