import {stripTemplateTags} from '../text/template-tags.js'
import type {CheckContext} from './context.js'
import type {Gap} from './gaps.js'
import {hasContent} from './prose.js'

/**
 * Whether a block is markup only: template tags (`{% capture note %}`,
 * `{% endcapture %}`, `{{ content }}`) with nothing a reader sees as words
 * around them.
 */
export function isMarkupOnly(text: string): boolean {
  return hasContent(text) && !hasContent(stripTemplateTags(text))
}

/**
 * Orphan blocks that are markup only and stand in a gap where their side has
 * no other orphan content: one side wraps a note in template tags
 * (`{% capture %}` … `{% include note.html %}`) that the other writes plainly
 * — a difference of markup, not of content. Tags in a gap beside content the
 * other side lacks (an include in a removed section) stay orphans with it.
 */
export function markupOnlyOrphans(context: CheckContext, gaps: readonly Gap[]): {source: number[]; target: number[]} {
  const result = {source: [] as number[], target: [] as number[]}
  for (const gap of gaps) {
    for (const side of ['source', 'target'] as const) {
      const blocks = gap[side].map((index) => context.alignment[side].blocks[index])
      const texts = blocks.filter((block) => block !== undefined && hasContent(block.text)).map((block) => block?.text ?? '')
      if (texts.length > 0 && texts.every(isMarkupOnly)) result[side].push(...gap[side])
    }
  }
  return result
}
