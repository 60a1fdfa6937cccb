import {InputError} from '../input-error.js'
import type {Lexicon, LexiconEntry} from './lexicon.js'

/** Options of `parseLexicon`. */
export interface ParseLexiconOptions {
  /** Language of the first column. Default: `'und'` (the source document's language). */
  sourceLang?: string
  /** Language of the second column. Default: `'und'` (the target document's language). */
  targetLang?: string
}

/**
 * Reads a user lexicon: one pair per line, `term<TAB>equivalent`; blank lines and lines
 * starting with `#` are skipped. Throws `InputError('bad-lexicon')` naming the first bad line.
 *
 * @example
 *   parseLexicon('İŞKUR\tTurkish Employment Agency\n', {sourceLang: 'tr', targetLang: 'en'})
 */
export function parseLexicon(tsv: string, options: ParseLexiconOptions = {}): Lexicon {
  if (typeof tsv !== 'string') throw new TypeError('parseLexicon: expected `tsv` to be the text of a lexicon (a string)')
  const entries: LexiconEntry[] = []
  const lines = tsv.replace(/^\uFEFF/, '').split(/\r?\n/)
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const columns = line.split('\t').map((column) => column.trim())
    const [source = '', target = ''] = columns
    if (columns.length !== 2 || source === '' || target === '') {
      throw new InputError('bad-lexicon', `lexicon line ${index + 1}: expected 'term<TAB>equivalent', got '${line.slice(0, 60)}'`)
    }
    entries.push({source, target})
  })
  return {sourceLang: options.sourceLang ?? 'und', targetLang: options.targetLang ?? 'und', entries}
}
