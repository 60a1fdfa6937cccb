import {diffArrays, diffWords} from 'diff'
import type {BitextDocument, Block} from '../document/types.js'
import type {CheckContext} from './context.js'
import type {Finding} from './finding.js'
import {createFinding} from './finding.js'
import {blockLocation, blocksLocation, sentenceLocation, sentencesLocation} from './locate.js'
import {sentenceALine} from './sentence-beads.js'
import type {FindingLocation} from './types.js'

/** A changed block (or sentence) of the source: its text now and as it was. */
interface Change<T extends {text: string}> {
  previous: T
  current: T
}

/** One part of a block's word diff (jsdiff's change object, without its counts). */
interface WordChange {
  value: string
  added: boolean
  removed: boolean
}

/** An old and a new paragraph with less word overlap than this are different paragraphs. */
const minOverlap = 0.3
/** Bound on the block-level diff (jsdiff's `maxEditLength`): documents this different are compared as wholly changed. */
const maxEditLength = 5000
/**
 * Bound on each block's word diff (jsdiff's `maxEditLength`, in word and space tokens): a block edited
 * more than this is reported as wholly replaced (old text removed, new text added), so a huge block
 * costs O(n × bound), not O(n²).
 */
const maxWordEdits = 1000
/** At most this many changed words are quoted in a message. */
const shownChanges = 3

/**
 * `outdated`: target blocks whose source block changed since the translation
 * was made. `previous` is the source as it was then (`--since`, `--since-git`).
 * Blocks are matched by a diff of their words (white space and punctuation do
 * not count, so such edits are not outdated); a changed block is matched to
 * the removed block it shares most words with. The evidence carries the old
 * text and the word diff (jsdiff changes). In a file of one sentence a line
 * (a long block pair of such blocks) the changed lines are matched the same
 * way, each reported with the target lines it pairs with.
 */
export function checkOutdated(context: CheckContext, previous: BitextDocument | undefined): Finding[] {
  const severity = context.settings.outdated
  if (severity === 'off' || !previous) return []
  const {alignment} = context
  const long = context.bySentencePairs
  const findings: Finding[] = []
  const push = (change: Change<{text: string}>, source: FindingLocation | null, target: FindingLocation | null) => {
    const changes = wordChanges(change.previous.text, change.current.text)
    findings.push(
      createFinding({
        rule: 'outdated',
        severity,
        message: `Source changed since the translation: ${describe(changes)}`,
        source,
        target,
        evidence: {previous: change.previous.text, changes}
      })
    )
  }
  for (const change of changedBlocks(previous, alignment.source)) {
    const bead = context.sourceBead[change.current.index]
    if (!bead || bead.target.length === 0) continue
    const sentenceBeads = long.get(bead)
    if (!sentenceBeads || !sentenceALine(change.current)) {
      push(change, blockLocation(alignment.source, change.current.index), blocksLocation(alignment.target, bead.target))
      continue
    }
    // A file of one sentence a line: the lines that changed, each against the target lines it pairs with.
    const beadOf = new Map(sentenceBeads.flatMap((sentenceBead) => sentenceBead.source.map((index) => [index, sentenceBead])))
    for (const sentenceChange of changedTexts(change.previous.sentences, change.current.sentences)) {
      const paired = beadOf.get(sentenceChange.current.index)
      if (!paired || paired.target.length === 0) continue
      push(sentenceChange, sentenceLocation(alignment.source, sentenceChange.current.index), sentencesLocation(alignment.target, paired.target))
    }
  }
  return findings
}

/** Pairs each changed block of `current` with its version in `previous`. */
export function changedBlocks(previous: BitextDocument, current: BitextDocument): Array<Change<Block>> {
  return changedTexts(previous.blocks, current.blocks)
}

/**
 * Pairs each changed item (block, sentence) of `current` with its version in `previous`: a diff of
 * their words, each changed item matched to the removed one it shares most words with.
 */
function changedTexts<T extends {text: string}>(previous: readonly T[], current: readonly T[]): Array<Change<T>> {
  const keys = (items: readonly T[]) => items.map((item) => words(item.text).join(' '))
  const parts = diffArrays(keys(previous), keys(current), {maxEditLength}) ?? [{value: [], removed: true, added: false, count: 0}]
  const changes: Array<Change<T>> = []
  let old = 0
  let now = 0
  let removed: T[] = []
  for (const part of parts) {
    const count = part.value.length
    if (part.removed) removed = previous.slice(old, (old += count))
    else if (part.added) {
      for (const item of current.slice(now, (now += count))) {
        const match = bestMatch(item, removed)
        if (match) changes.push({previous: match, current: item})
      }
      removed = []
    } else {
      old += count
      now += count
      removed = []
    }
  }
  return changes
}

/** The word diff of a block, or the whole old text removed and the new added past `maxWordEdits`. */
export function wordChanges(previous: string, current: string): WordChange[] {
  const parts = diffWords(previous, current, {maxEditLength: maxWordEdits})
  if (parts === undefined) return [{value: previous, added: false, removed: true}, {value: current, added: true, removed: false}]
  return parts.map(({value, added, removed}) => ({value, added, removed}))
}

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function bestMatch<T extends {text: string}>(item: T, candidates: readonly T[]): T | undefined {
  const own = new Set(words(item.text))
  let best: T | undefined
  let bestOverlap = minOverlap
  for (const candidate of candidates) {
    const other = new Set(words(candidate.text))
    const shared = [...own].filter((word) => other.has(word)).length
    const overlap = shared / Math.max(1, new Set([...own, ...other]).size)
    if (overlap >= bestOverlap) [best, bestOverlap] = [candidate, overlap]
  }
  return best
}

function describe(changes: WordChange[]): string {
  const edits = changes.filter((change) => (change.added || change.removed) && /[\p{L}\p{N}]/u.test(change.value))
  const shown = edits.slice(0, shownChanges).map((change) => `${change.added ? '+' : '−'}“${clip(change.value.trim())}”`)
  return shown.join(' ') + (edits.length > shownChanges ? ` and ${edits.length - shownChanges} more` : '')
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}
