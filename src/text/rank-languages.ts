import {data} from 'franc/data.js'
import {expressions} from 'franc/expressions.js'

/** A candidate language (franc's ISO 639-3 code) and its normalised score: 1 best, lower worse. */
export type LanguageScore = [code: string, score: number]

/** franc's constants: longest sample, and the distance of a trigram the model lacks. */
const maxLength = 2048
const maxDifference = 300
const undetermined = (): LanguageScore[] => [['und', 1]]

/** Trigram models (trigram → rank) built on first use, one per language. */
const models = new Map<string, Map<string, number>>()

/**
 * Ranks the `only` languages for `value` exactly as franc's
 * `francAll(value, {only, minLength: 1})` does — same script choice, trigram
 * distances, order and normalised scores — but builds the trigram model of a
 * language only when it is first asked for (franc builds all ~400 at import)
 * and counts without intermediate arrays. `only` must not be empty.
 */
export function rankLanguages(value: string, only: readonly string[]): LanguageScore[] {
  if (value.length === 0) return undetermined()
  const sample = value.slice(0, maxLength)
  const [script, share] = topScript(sample)
  if (script === undefined || !Object.hasOwn(data, script)) {
    return script === undefined || share === 0 || !only.includes(script) ? undetermined() : [[script, 1]]
  }
  const languages = Object.keys(data[script] ?? {}).filter((code) => only.includes(code))
  if (languages.length === 0) return undetermined()
  const trigrams = countTrigrams(sample)
  const distances = languages.map((code): LanguageScore => [code, distance(trigrams, model(script, code))])
  distances.sort((a, b) => a[1] - b[1])
  return normalize(sample.length, distances)
}

/** The script whose characters are the largest share of `sample` (first one on ties), and that share. */
function topScript(sample: string): [string | undefined, number] {
  let top: string | undefined
  let topShare = -1
  for (const [script, expression] of Object.entries(expressions)) {
    // Match count without a match array: each match becomes one character, then none.
    const count = occurs(expression, sample) ? sample.replace(expression, 'x').length - sample.replace(expression, '').length : 0
    const share = count / sample.length || 0
    if (share > topShare) (top = script), (topShare = share)
  }
  return [top, topShare]
}

/** Whether the global `expression` matches `sample`, leaving its `lastIndex` at 0 (franc's regexes are shared). */
function occurs(expression: RegExp, sample: string): boolean {
  expression.lastIndex = 0
  const found = expression.test(sample)
  expression.lastIndex = 0
  return found
}

/** Occurrences of each trigram of the cleaned, padded, lower-cased sample (trigram-utils' `asDictionary`). */
function countTrigrams(sample: string): Map<string, number> {
  const cleaned = ' ' + sample.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' '
  const counts = new Map<string, number>()
  for (let index = 0; index + 3 <= cleaned.length; index++) {
    const trigram = cleaned.slice(index, index + 3)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}

function distance(trigrams: ReadonlyMap<string, number>, ranks: ReadonlyMap<string, number>): number {
  let sum = 0
  for (const [trigram, count] of trigrams) {
    const rank = ranks.get(trigram)
    sum += rank === undefined ? maxDifference : Math.abs(count - rank - 1)
  }
  return sum
}

/** A language's trigram → rank model; the first rank wins for a repeated trigram, as in franc. */
function model(script: string, code: string): Map<string, number> {
  const key = `${script}:${code}`
  let ranks = models.get(key)
  if (!ranks) {
    ranks = new Map()
    for (const [rank, trigram] of (data[script]?.[code] ?? '').split('|').entries()) {
      if (!ranks.has(trigram)) ranks.set(trigram, rank)
    }
    models.set(key, ranks)
  }
  return ranks
}

function normalize(length: number, distances: LanguageScore[]): LanguageScore[] {
  const min = distances[0]?.[1] ?? 0
  const max = length * maxDifference - min
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0
  return distances
}
