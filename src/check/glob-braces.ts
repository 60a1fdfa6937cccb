/** The most alternatives one pattern's braces may expand to (`{a,b}` × 10 is 1,024). */
const maxAlternatives = 1024

/** Thrown when a pattern's braces expand to more than `maxAlternatives` patterns. */
export class TooManyAlternativesError extends Error {
  constructor(pattern: string) {
    super(`the pattern "${pattern}" expands to more than ${maxAlternatives} alternatives; use fewer {…,…}`)
    this.name = 'TooManyAlternativesError'
  }
}

/**
 * The patterns a pattern's braces stand for, as a shell expands them:
 * `*.{md,mdx}` → `*.md`, `*.mdx`; nested `{a,{b,c}}`; `{1..3}` → 1, 2, 3.
 * A brace without a top-level comma or range stays as written.
 */
export function expandBraces(pattern: string): string[] {
  const brace = firstBrace(pattern)
  if (brace === undefined) return [pattern]
  const [open, close, choices] = brace
  const head = pattern.slice(0, open)
  const tails = expandBraces(pattern.slice(close + 1))
  const result: string[] = []
  for (const choice of choices.flatMap(expandBraces)) {
    for (const tail of tails) {
      result.push(head + choice + tail)
      if (result.length > maxAlternatives) throw new TooManyAlternativesError(pattern)
    }
  }
  return result
}

/** The first `{…}` that has choices: its offsets and its choices; literal braces are skipped. */
function firstBrace(pattern: string): [number, number, string[]] | undefined {
  for (let open = pattern.indexOf('{'); open !== -1; open = pattern.indexOf('{', open + 1)) {
    const close = matchingClose(pattern, open)
    if (close === -1) return undefined
    const choices = choicesOf(pattern.slice(open + 1, close))
    if (choices !== undefined) return [open, close, choices]
  }
  return undefined
}

function matchingClose(pattern: string, open: number): number {
  let depth = 0
  for (let at = open; at < pattern.length; at++) {
    if (pattern[at] === '{') depth++
    else if (pattern[at] === '}' && --depth === 0) return at
  }
  return -1
}

/** `a,b` → its top-level parts; `1..3` → the numbers; anything else → `undefined` (a literal brace). */
function choicesOf(body: string): string[] | undefined {
  const range = /^(-?\d{1,6})\.\.(-?\d{1,6})$/u.exec(body)
  if (range !== null) return numbers(Number(range[1]), Number(range[2]))
  const parts: string[] = []
  let [depth, start] = [0, 0]
  for (let at = 0; at < body.length; at++) {
    if (body[at] === '{') depth++
    else if (body[at] === '}') depth--
    else if (body[at] === ',' && depth === 0) {
      parts.push(body.slice(start, at))
      start = at + 1
    }
  }
  return parts.length === 0 ? undefined : [...parts, body.slice(start)]
}

function numbers(from: number, to: number): string[] {
  const step = from <= to ? 1 : -1
  const length = Math.min(Math.abs(to - from) + 1, maxAlternatives + 1)
  return Array.from({length}, (_, index) => String(from + index * step))
}
