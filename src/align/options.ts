import type {Lexicon} from '../anchors/lexicon.js'
import {turkishEnglishLexicon} from '../anchors/lexicon.js'
import {primaryLang} from '../text/primary-lang.js'

/** A caller-supplied similarity of a source and a target text, in [0, 1] (for example sentence embeddings). */
export type Scorer = (sourceText: string, targetText: string) => number

/** Options of `align`. */
export interface AlignOptions {
  /**
   * Largest number of units on one side of a bead: 2 allows 1-1, 1-2, 2-1 and 2-2.
   * Default: `2`. Null beads (1-0, 0-1) are always allowed.
   */
  maxUnits?: number
  /** Extra lexicons (for example from `parseLexicon`). Default: `[]`. */
  lexicons?: readonly Lexicon[]
  /** Use the built-in Turkish-English lexicon when the pair is `tr`/`en`. Default: `true`. */
  builtinLexicon?: boolean
  /** Learn word pairs from the confident beads of a first pass and align again. Default: `true`. */
  learn?: boolean
  /** A similarity in [0, 1] that joins the built-in ones, weighted like the lexical score. Default: none. */
  scorer?: Scorer
  /** Half-width of the first search band, in units; it doubles while the path touches its edge. Default: `12`. */
  band?: number
}

/** Options with their defaults applied, resolved once at the entry. */
export interface ResolvedOptions {
  maxUnits: number
  lexicons: readonly Lexicon[]
  learn: boolean
  scorer: Scorer | undefined
  band: number
}

/** Applies the defaults of `AlignOptions`; throws `RangeError` on a `maxUnits` or `band` below 1. */
export function resolveOptions(options: AlignOptions, sourceLang: string, targetLang: string): ResolvedOptions {
  const maxUnits = options.maxUnits ?? 2
  const band = options.band ?? 12
  if (!Number.isInteger(maxUnits) || maxUnits < 1) throw new RangeError(`align: expected \`maxUnits\` to be an integer ≥ 1, got ${maxUnits}`)
  if (!Number.isInteger(band) || band < 1) throw new RangeError(`align: expected \`band\` to be an integer ≥ 1, got ${band}`)
  const pair = [sourceLang, targetLang].map(primaryLang).sort().join('-')
  const builtin = options.builtinLexicon !== false && pair === 'en-tr' ? [turkishEnglishLexicon()] : []
  return {maxUnits, lexicons: [...builtin, ...(options.lexicons ?? [])], learn: options.learn ?? true, scorer: options.scorer, band}
}
