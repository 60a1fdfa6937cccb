/**
 * Block scores on the real Turkish/English pairs (../shared/real-pairs): every 1-1 block bead of
 * each pair as it is ("faithful": nearly all of these are translations), and the same pair with
 * one English paragraph replaced by a paragraph of similar length (±35%) from another pair
 * ("rewritten"; its bead is kept when it is still 1-1). Both sides are read as plain text, one
 * block a paragraph, code blocks left out.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {align} from '../../src/align/align.js'
import {parseDocument} from '../../src/document/parse-document.js'
import {readDocument} from '../../src/document/read-document.js'
import {random} from '../random.js'

/** A scored 1-1 bead and the length of its shorter side, in characters. */
export interface ScoredPair {
  score: number
  length: number
}

interface Pair {
  name: string
  tr: string[]
  en: string[]
}

const swapsPerPair = 25

/** Faithful and rewritten 1-1 block scores over every pair in `root`. */
export async function realSwapScores(root: string): Promise<{faithful: ScoredPair[]; rewritten: ScoredPair[]}> {
  const pairs = await readPairs(root)
  const pool = pairs.flatMap((pair) => pair.en.map((text) => ({name: pair.name, text})))
  const next = random(7)
  const faithful: ScoredPair[] = []
  const rewritten: ScoredPair[] = []
  for (const pair of pairs) {
    const source = asText(pair.tr, 'tr')
    const beads = align(source, asText(pair.en, 'en')).blocks.filter((bead) => bead.source.length === 1 && bead.target.length === 1)
    faithful.push(...beads.map((bead) => scored(bead.score, pair.tr[bead.source[0] ?? 0], pair.en[bead.target[0] ?? 0])))
    for (let swap = 0; swap < swapsPerPair && beads.length > 0; swap++) {
      const bead = beads[Math.floor(next() * beads.length)]
      const j = bead?.target[0] ?? 0
      const length = pair.en[j]?.length ?? 0
      const others = pool.filter((other) => other.name !== pair.name && Math.abs(Math.log(other.text.length / length)) < 0.3)
      const other = others[Math.floor(next() * others.length)]
      if (!bead || !other) continue
      const en = pair.en.map((text, index) => (index === j ? other.text : text))
      const found = align(source, asText(en, 'en')).blocks.find((candidate) => candidate.target.includes(j))
      if (found?.source.length === 1 && found.target.length === 1) rewritten.push(scored(found.score, pair.tr[found.source[0] ?? 0], other.text))
    }
  }
  return {faithful, rewritten}
}

async function readPairs(root: string): Promise<Pair[]> {
  const pairs: Pair[] = []
  for (const name of readdirSync(root).sort()) {
    const expected = path.join(root, name, 'expected.json')
    if (!existsSync(expected)) continue
    const files = JSON.parse(readFileSync(expected, 'utf8')) as {source: string; target: string}
    const paragraphs = async (file: string) =>
      (await readDocument(path.join(root, name, file))).blocks.filter((block) => block.kind !== 'code').map((block) => block.text.replace(/\s+/g, ' ').trim())
    pairs.push({name, tr: await paragraphs(files.source), en: await paragraphs(files.target)})
  }
  return pairs
}

function asText(paragraphs: readonly string[], lang: string) {
  return parseDocument(`${paragraphs.join('\n\n')}\n`, {format: 'text', lang})
}

function scored(score: number, source = '', target = ''): ScoredPair {
  return {score, length: Math.min(source.length, target.length)}
}
