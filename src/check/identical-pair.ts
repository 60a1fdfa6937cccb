import type {Bead} from '../align/types.js'
import type {Block} from '../document/types.js'
import {foldCase} from '../text/fold-case.js'
import {normalizeText} from '../text/normalize-text.js'
import {tokenize} from '../text/tokenize.js'
import type {CheckContext} from './context.js'
import {beadBlocks} from './context.js'
import {countProseWords} from './prose.js'
import {pairLanguages} from './pair-languages.js'
import {isTitle, ledByName, readsAs, titleWords} from './reads-as.js'
import {canWeigh, withoutVerbatim} from './word-evidence.js'

/** Without function-word tables, fewer ordinary words than this: a names-only block, identical on purpose. */
const minIdenticalWords = 3

/** The text of blocks as compared for identity: white space, quotes and case normalised. */
function comparable(blocks: readonly Block[]): string {
  return foldCase(normalizeText(blocks.map((block) => block.text).join(' ')))
}

/** Whether both sides of a bead hold translatable prose blocks with the same text. */
export function isIdenticalPair(context: CheckContext, bead: Bead): boolean {
  const source = beadBlocks(context.alignment, bead, 'source')
  const target = beadBlocks(context.alignment, bead, 'target')
  if (source.length === 0 || target.length === 0) return false
  if ([...source, ...target].some((block) => !block.translatable || block.kind === 'code')) return false
  return comparable(source) === comparable(target)
}

/**
 * Whether an identical pair was left untranslated, rather than kept identical by design.
 * Kept by design: what has no translatable words (code, commands, URLs, paths, template tags
 * `{% … %}`, `{{ … }}`, `{* … *}`, names and numbers) and titles (`OWASP Cheat Sheet: Secure
 * Design Principles`, `A04:2021 – Insecure Design`). Left untranslated: a sentence of either
 * language (`Install the starship binary:`), and a heading in title case made of ordinary words
 * (`Secure Design`) over a section whose body was translated.
 */
export function leftUntranslated(context: CheckContext, bead: Bead, vocabulary: ReadonlySet<string>): boolean {
  const blocks = beadBlocks(context.alignment, bead, 'source')
  const text = blocks.map((block) => block.text).join('\n\n')
  const langs = pairLanguages(context.alignment)
  if (!canWeigh(langs)) return countProseWords(withoutVerbatim(text)) >= minIdenticalWords
  const [first] = blocks
  if (isTitle(text, langs)) return blocks.length === 1 && first?.kind === 'heading' && isUntranslatedHeading(context, first, langs, vocabulary)
  const sentences = blocks.flatMap((block) => (block.sentences.length > 0 ? block.sentences.map((sentence) => sentence.text) : [block.text]))
  return sentences.some((sentence) => readsAs(sentence, langs[0], langs[1]) || readsAs(sentence, langs[1], langs[0]))
}

/**
 * A title-case heading of two words or more, not led by a name, most of whose words the
 * documents also write in lower case (ordinary words, not a product's name), over a translated
 * section.
 */
function isUntranslatedHeading(context: CheckContext, heading: Block, langs: [string, string], vocabulary: ReadonlySet<string>): boolean {
  const words = titleWords(heading.text, langs)
  if (words.length < 2 || ledByName(heading.text, langs)) return false
  const ordinary = words.filter((word) => vocabulary.has(word.toLowerCase()))
  return ordinary.length * 2 >= words.length && sectionTranslated(context, heading.index)
}

/** Whether a block of the section under a source heading is paired with a different text. */
function sectionTranslated(context: CheckContext, heading: number): boolean {
  const section = context.alignment.source.sections.find((candidate) => candidate.heading === heading)
  return (section?.blocks ?? []).some((index) => {
    const bead = context.sourceBead[index]
    const block = context.alignment.source.blocks[index]
    if (!bead || !block || index === heading || !block.translatable || block.kind === 'code' || bead.target.length === 0) return false
    return !isIdenticalPair(context, bead)
  })
}

/** Words the two documents write in lower case outside code: ordinary words, not names. */
export function lowerCaseVocabulary(context: CheckContext): Set<string> {
  const vocabulary = new Set<string>()
  for (const document of [context.alignment.source, context.alignment.target]) {
    for (const block of document.blocks) {
      if (block.kind === 'code') continue
      for (const token of tokenize(block.text)) if (/^\p{Ll}+$/u.test(token.text)) vocabulary.add(token.text)
    }
  }
  return vocabulary
}
