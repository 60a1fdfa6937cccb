import type {Alignment} from '../align/types.js'
import type {FindingJson} from '../check/types.js'
import type {TranslationMemory} from '../memory/translation-memory.js'
import type {BitextDocument} from '../document/types.js'
import {inlineMarkup} from './inline-markup.js'
import type {JobBlock} from './plan-job.js'
import {planJob} from './plan-job.js'
import type {Suggestions} from './pre-translate.js'
import {preTranslate} from './pre-translate.js'
import type {WordCount} from './word-count.js'
import {countWords} from './word-count.js'
import {writeJob} from './write-job.js'
import {writeJob2} from './write-job2.js'

/** Options of `createJob`. */
export interface CreateJobOptions {
  /** Memory to pre-translate from. Default: none (every sentence is new). */
  memory?: TranslationMemory
  /** Lowest fuzzy score offered as `<alt-trans>`. Default `75`. */
  minScore?: number
  /** The file's `original`. Default: the source document's path, else `'source'`. */
  original?: string
  /**
   * The source document's text. With it, a Markdown or HTML block with inline markup (bold, links, inline
   * code, `<a>`, `<strong>` …) is one unit whose markup travels as inline codes (`<bpt>`/`<ept>`/`<ph>`;
   * XLIFF 2 `<ph/>` with `<originalData>`), which `applyJob` writes back. Default: none (plain sentences).
   */
  sourceText?: string
  /** `'2.0'` writes the job as XLIFF 2.0 (`writeJob2`). Default: `'1.2'`. */
  xliffVersion?: '1.2' | '2.0'
}

/** A translation job: the XLIFF file (1.2, or 2.0 on request), the blocks in it, and its word count. */
export interface Job {
  xliff: string
  blocks: JobBlock[]
  count: WordCount
}

/**
 * Turns the findings of `check` into a translation job: the source blocks that need work as XLIFF 1.2,
 * grouped by block with their place in the target, pre-translated from `memory` when given.
 *
 * @example
 *   const alignment = align(source, target)
 *   const {xliff, count} = await createJob(alignment, toCheckReport(alignment, check(alignment)).findings)
 */
export async function createJob(alignment: Alignment, findings: readonly FindingJson[], options: CreateJobOptions = {}): Promise<Job> {
  const planned = planJob(alignment, findings)
  // Lines of a file of one sentence a line are plain sentences: the markup of their whole block is not theirs.
  const blocks = options.sourceText === undefined ? planned : planned.map((block) => (block.lines ? block : withMarkup(block, alignment.source, options.sourceText as string)))
  const languages = {sourceLang: alignment.source.lang, targetLang: alignment.target.lang}
  const suggestions: Suggestions[][] = options.memory
    ? await preTranslate(blocks, options.memory, {...languages, minScore: options.minScore ?? 75})
    : []
  const original = options.original ?? alignment.source.path ?? 'source'
  const write = options.xliffVersion === '2.0' ? writeJob2 : writeJob
  return {xliff: write(blocks, {...languages, original}, suggestions), blocks, count: countWords(blocks, suggestions)}
}

/** A block with inline markup as one sentence with its codes; else the block as planned. */
function withMarkup(block: JobBlock, source: BitextDocument, text: string): JobBlock {
  const {start, end} = source.blocks[block.block]!.position
  const inline = inlineMarkup(text.slice(start.offset, end.offset), source.format)
  return inline ? {...block, sentences: [inline.text], codes: inline.codes} : block
}
