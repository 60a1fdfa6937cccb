import {tokenize} from '../text/tokenize.js'
import type {JobBlock} from './plan-job.js'
import type {Suggestions} from './pre-translate.js'

/** Words of a job by what the memory offered: none, a fuzzy match, an exact match. */
export interface WordCount {
  new: number
  fuzzy: number
  exact: number
}

/** Counts the source words of a job, sentence by sentence, by its best memory match. */
export function countWords(blocks: readonly JobBlock[], suggestions: readonly Suggestions[][] = []): WordCount {
  const count: WordCount = {new: 0, fuzzy: 0, exact: 0}
  blocks.forEach((block, b) => {
    block.sentences.forEach((sentence, s) => {
      const offer = suggestions[b]?.[s]
      const words = tokenize(sentence).length
      if (offer?.exact != null) count.exact += words
      else if ((offer?.fuzzy.length ?? 0) > 0) count.fuzzy += words
      else count.new += words
    })
  })
  return count
}
