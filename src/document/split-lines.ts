/** A line of the source: its content (without the line ending) and where it starts. */
export interface SourceLine {
  value: string
  offset: number
  /** Whether the line has nothing but white space (NBSP included), or is hunalign's paragraph mark `<p>`. */
  blank: boolean
}

/** Splits `value` into lines at `\n`, `\r\n` and lone `\r`, keeping offsets. */
export function splitLines(value: string): SourceLine[] {
  const lines: SourceLine[] = []
  const ending = /\r\n|\n|\r/g
  let offset = 0
  for (const match of value.matchAll(ending)) {
    lines.push(line(value.slice(offset, match.index), offset))
    offset = match.index + match[0].length
  }
  lines.push(line(value.slice(offset), offset))
  return lines
}

const bullet = /^\s*[-*•·‣◦]\s+\S/u

/** Whether a line starts with a bullet (`-`, `*`, `•` and the like) and text. */
export function isBulleted(line: SourceLine): boolean {
  return bullet.test(line.value)
}

/** Groups consecutive non-blank lines into paragraphs. */
export function groupParagraphs(lines: readonly SourceLine[]): SourceLine[][] {
  const groups: SourceLine[][] = []
  let current: SourceLine[] = []
  for (const entry of lines) {
    if (entry.blank) {
      if (current.length > 0) groups.push(current)
      current = []
    } else current.push(entry)
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** hunalign's paragraph mark, a line of its own: a paragraph break, like an empty line. */
const paragraphMark = /^<p>$/iu

function line(value: string, offset: number): SourceLine {
  const trimmed = value.trim()
  return {value, offset, blank: trimmed === '' || paragraphMark.test(trimmed)}
}
