import type {Anchor} from './types.js'
import {isCognate} from './cognate.js'
import {isConversion} from './unit-conversion.js'
import type {Lexicon} from './lexicon.js'
import {turkishEnglishLexicon} from './lexicon.js'
import {compileLexicons, findConcepts} from './term-index.js'

/** Options of `matchAnchors`. */
export interface MatchAnchorsOptions {
  /** Language of the source anchors. Default: `'und'`. */
  sourceLang?: string
  /** Language of the target anchors. Default: `'und'`. */
  targetLang?: string
  /** Lexicons of equivalent names (`İİT` = `OIC`). Default: the built-in Turkish-English lexicon. */
  lexicons?: readonly Lexicon[]
}

/** Anchors paired across the two sides, and those left over (indices into the inputs). */
export interface AnchorMatch {
  pairs: Array<[number, number]>
  sourceOnly: number[]
  targetOnly: number[]
}

const nameKinds = new Set(['name', 'acronym'])

/**
 * Pairs the anchors of a source text with those of its translation, one to one: numbers, dates,
 * URLs … by equal kind and value; names and acronyms by equal value, then by the lexicon
 * (`İİT` = `OIC`, `Cenevre` = `Geneva`), then as cognates (`Azerbaycan` ~ `Azerbaijan`); amounts
 * converted to other units last (`385 miles` ~ `620 km`).
 */
export function matchAnchors(source: readonly Anchor[], target: readonly Anchor[], options: MatchAnchorsOptions = {}): AnchorMatch {
  const lexicon = compileLexicons(options.lexicons ?? [turkishEnglishLexicon()], options.sourceLang ?? 'und', options.targetLang ?? 'und')
  const sourceConcepts = source.map((anchor) => new Set(nameKinds.has(anchor.kind) ? findConcepts([anchor.value], lexicon.source) : []))
  const targetConcepts = target.map((anchor) => new Set(nameKinds.has(anchor.kind) ? findConcepts([anchor.value], lexicon.target) : []))
  const tests: Array<(i: number, j: number) => boolean> = [
    (i, j) => sameValue(source[i], target[j]),
    (i, j) => [...(sourceConcepts[i] ?? [])].some((concept) => targetConcepts[j]?.has(concept)),
    (i, j) => bothNames(source[i], target[j]) && isCognate(source[i]?.value ?? '', target[j]?.value ?? ''),
    (i, j) => converted(source[i], target[j])
  ]
  return pairGreedily(source.length, target.length, tests)
}

function sameValue(a: Anchor | undefined, b: Anchor | undefined): boolean {
  if (!a || !b || a.value !== b.value) return false
  return a.kind === b.kind || bothNames(a, b)
}

/** Two amounts of one measure in different units, converted and rounded (`550 pounds` = `250 kg`). */
function converted(a: Anchor | undefined, b: Anchor | undefined): boolean {
  if (a?.unit === undefined || b?.unit === undefined || a.kind !== 'number' || b.kind !== 'number') return false
  return isConversion({value: Number(a.value), unit: a.unit}, {value: Number(b.value), unit: b.unit})
}

function bothNames(a: Anchor | undefined, b: Anchor | undefined): boolean {
  return a !== undefined && b !== undefined && nameKinds.has(a.kind) && nameKinds.has(b.kind)
}

function pairGreedily(sourceCount: number, targetCount: number, tests: Array<(i: number, j: number) => boolean>): AnchorMatch {
  const sourceUsed = new Array<boolean>(sourceCount).fill(false)
  const targetUsed = new Array<boolean>(targetCount).fill(false)
  const pairs: Array<[number, number]> = []
  for (const test of tests) {
    for (let i = 0; i < sourceCount; i++) {
      for (let j = 0; j < targetCount && !sourceUsed[i]; j++) {
        if (targetUsed[j] || !test(i, j)) continue
        sourceUsed[i] = targetUsed[j] = true
        pairs.push([i, j])
      }
    }
  }
  pairs.sort((a, b) => a[0] - b[0])
  const unused = (used: boolean[]) => used.flatMap((flag, index) => (flag ? [] : [index]))
  return {pairs, sourceOnly: unused(sourceUsed), targetOnly: unused(targetUsed)}
}

