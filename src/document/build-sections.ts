import type {Block, Section} from './types.js'

/**
 * Groups blocks into sections: each heading opens one (whatever its depth),
 * blocks before the first heading form a section with `heading: null`.
 */
export function buildSections(blocks: readonly Block[]): Section[] {
  const sections: Section[] = []
  let current: Section | undefined
  for (const block of blocks) {
    if (block.kind === 'heading' || !current) {
      current = {heading: block.kind === 'heading' ? block.index : null, blocks: []}
      sections.push(current)
    }
    current.blocks.push(block.index)
  }
  return sections
}
