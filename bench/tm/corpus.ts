import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {TranslationUnit} from '../../src/memory/types.js'
import {random} from '../random.js'

/** The NTREX English/Turkish news sentences, line-aligned. */
export interface Corpus {
  en: string[]
  tr: string[]
}

export function loadCorpus(folder = join(process.cwd(), '..', 'shared', 'corpora', 'ntrex-en-tr')): Corpus {
  const lines = (name: string) => readFileSync(join(folder, name), 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '')
  return {en: lines('en.txt'), tr: lines('tr.txt')}
}

const digits = /\d/g

/** Changes `count` words of `text`: numbers get new digits, other words become words of the vocabulary. */
function vary(text: string, vocabulary: string[], next: () => number, count: number): string {
  const words = text.split(' ')
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * words.length)
    const word = words[at] as string
    words[at] = /\d/.test(word) ? word.replace(digits, () => String(Math.floor(next() * 10))) : (vocabulary[Math.floor(next() * vocabulary.length)] as string)
  }
  return words.join(' ')
}

function vocabularyOf(lines: string[]): string[] {
  return [...new Set(lines.flatMap((line) => line.split(' ')).filter((word) => /^\p{L}+$/u.test(word)))].sort()
}

/**
 * `count` units in batches: the corpus's pairs first, then variants of them
 * (one to three words changed on each side, numbers changed).
 */
export function* makeUnits(corpus: Corpus, count: number, batchSize = 10_000): Generator<TranslationUnit[]> {
  const next = random(1)
  const en = vocabularyOf(corpus.en)
  const tr = vocabularyOf(corpus.tr)
  let batch: TranslationUnit[] = []
  for (let i = 0; i < count; i++) {
    const base = i % corpus.en.length
    const source = corpus.en[base] as string
    const target = corpus.tr[base] as string
    const variant = i >= corpus.en.length
    batch.push({
      source: variant ? vary(source, en, next, 1 + Math.floor(next() * 3)) : source,
      target: variant ? vary(target, tr, next, 1 + Math.floor(next() * 3)) : target,
      sourceLang: 'en-GB',
      targetLang: 'tr-TR',
      created: '2026-01-01T00:00:00Z'
    })
    if (batch.length === batchSize) {
      yield batch
      batch = []
    }
  }
  if (batch.length > 0) yield batch
}

/** Queries: corpus sentences with 0-30 % of their words changed (query i: (i mod 7) × 5 %). */
export function makeQueries(corpus: Corpus, count: number): string[] {
  const next = random(2)
  const en = vocabularyOf(corpus.en)
  return Array.from({length: count}, (_, i) => {
    const sentence = corpus.en[Math.floor(next() * corpus.en.length)] as string
    const changes = Math.round((sentence.split(' ').length * (i % 7) * 5) / 100)
    return vary(sentence, en, next, changes)
  })
}
