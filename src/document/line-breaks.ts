import type {SourceLine} from './split-lines.js'
import {displayWidth} from '../text/display-width.js'
import {groupParagraphs, isBulleted, splitLines} from './split-lines.js'

/**
 * What a line break inside a plain-text paragraph stands for: a wrap inside a sentence (the
 * lines are joined), the end of a sentence (one sentence a line, as aligners take their input),
 * or the end of a paragraph (one paragraph a line, no blank lines between).
 */
export type LineBreaks = 'wrap' | 'sentence' | 'paragraph'

/** Characters from the start that `readLineBreaks` reads. */
export const lineBreaksSample = 65_536

/** Lines inside paragraphs below which a text keeps its breaks as wraps: too few to tell. */
const minimumLines = 4

/** A line that ends a sentence or a clause: final punctuation (also Arabic `؟`, Urdu `۔`, Devanagari `।`), then closing quotes or brackets. */
const closedLine = /[.!?…:;。！？．؟۔।][\p{Pe}\p{Pf}"']*$/u

/** A line whose first letter is lower-case: in wrapped text most lines go on with the sentence before. */
const lowerStart = /^[^\p{L}\p{N}]*\p{Ll}/u

/**
 * Columns (`displayWidth`: a Chinese character takes two) from which a closed line is more likely a
 * paragraph than a sentence: the median closed line of one-sentence-a-line files runs 35 to 165
 * columns (NTREX in eleven languages, Text+Berg, MAC-Test), of a page saved one paragraph a line
 * 285 to 500 (the seed pair, NTREX paragraphs), even when most of its paragraphs are one sentence.
 */
const paragraphWidth = 250

/**
 * A sentence that ends inside a line and another that starts after it (`… came home. Then …`,
 * `…了。他…`); a line of one sentence has none, a line of a paragraph has them. A full stop
 * counts after three lower-case (or uncased) letters only, so that titles, initials and ordinals
 * do not (`Mr. Cheng`, `J. Smith`, `9. September`); in scripts without case any letter may follow.
 */
const innerEnd = /(?:[\p{Ll}\p{Lo}]{3}[.…۔।]|[!?؟])[\p{Pe}\p{Pf}"']*\s+[^\p{L}\p{N}\s]*[\p{Lu}\p{Lo}]|[。！？][」』"”]*[^\s」』"”]/u

/**
 * Reads how a plain text uses line breaks, from the lines of its paragraphs that have more than
 * one (a paragraph of one line says nothing about them) and that are not bullet lists. Most lines
 * closed by punctuation and few continuing in lower case mean the breaks were put there on
 * purpose: one sentence a line when at most a fifth of the lines hold a sentence end inside them
 * and the median closed line is shorter than `paragraphWidth`, else one paragraph a line (a page
 * saved as text, whose paragraphs may be one long sentence each). Anything else is wrapped text,
 * whose lines are joined.
 *
 * @example
 *   readLineBreaks('He came.\nShe left.\nThey met again.\nIt rained.') // => 'sentence'
 *   readLineBreaks('He came home\nlate that night, and\nthe door was open.') // => 'wrap'
 */
export function readLineBreaks(text: string): LineBreaks {
  const lines: string[] = []
  let continued = 0
  let lower = 0
  for (const group of groupParagraphs(splitLines(text.slice(0, lineBreaksSample)))) {
    if (group.length < 2 || group.every(isBulleted)) continue
    group.forEach((entry: SourceLine, index) => {
      const value = entry.value.trim()
      lines.push(value)
      if (index === 0) return
      continued++
      if (lowerStart.test(value)) lower++
    })
  }
  if (lines.length < minimumLines) return 'wrap'
  const closed = lines.filter((line) => closedLine.test(line))
  if (closed.length < 0.6 * lines.length || lower > 0.2 * continued) return 'wrap'
  const inner = lines.filter((line) => innerEnd.test(line)).length
  return inner <= 0.2 * lines.length && medianWidth(closed) < paragraphWidth ? 'sentence' : 'paragraph'
}

/** The median display width of `lines`. */
function medianWidth(lines: readonly string[]): number {
  const widths = lines.map((line) => displayWidth(line)).sort((a, b) => a - b)
  return widths[Math.floor(widths.length / 2)] ?? 0
}
