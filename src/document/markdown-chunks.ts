/**
 * A stretch of a Markdown source parsed on its own: `source.slice(start, end)`,
 * read after `prefix` (a table's header and delimiter rows, repeated for the
 * later pieces of a table too long for one chunk).
 */
export interface MarkdownChunk {
  start: number
  end: number
  prefix: string
}

const fence = /^ {0,3}(`{3,}|~{3,})/u
const rawOpen = /^ {0,3}<(script|pre|style|textarea)[\s>]|^ {0,3}<!--/iu

/**
 * Cuts a Markdown source into chunks of about `size` characters that parse
 * the same apart as together: only before a line at the left margin that
 * follows a blank line, outside fenced code and HTML blocks that may hold
 * blank lines (`<pre>`, `<!--` …). A stretch without such a place that is a
 * GFM table is cut between rows, each later piece read after the header.
 * Anything else too long stays one chunk.
 */
export function markdownChunks(source: string, size: number): MarkdownChunk[] {
  const lines = lineStarts(source)
  const cuts = cutPoints(source, lines)
  const chunks: MarkdownChunk[] = []
  let start = 0
  for (let index = 0; index < cuts.length; index++) {
    const cut = cuts[index]!
    const next = cuts[index + 1] ?? source.length
    if (next - start > size && cut > start) {
      chunks.push(...tablePieces(source, start, cut, size))
      start = cut
    }
  }
  chunks.push(...tablePieces(source, start, source.length, size))
  return chunks
}

/** Offsets where each line starts. */
function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

/** Starts of lines where a chunk may begin. */
function cutPoints(source: string, starts: readonly number[]): number[] {
  const cuts: number[] = []
  let open: string | undefined
  let raw: RegExp | undefined
  let blank = false
  for (let index = 0; index < starts.length; index++) {
    const line = source.slice(starts[index], starts[index + 1] ?? source.length).replace(/\r?\n$/u, '')
    if (open === undefined && raw === undefined && blank && /^\S/u.test(line) && index > 0) cuts.push(starts[index]!)
    const marker = fence.exec(line)?.[1]
    if (raw !== undefined) {
      if (raw.test(line)) raw = undefined
    } else if (open !== undefined) {
      if (marker !== undefined && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = undefined
    } else if (marker !== undefined) open = marker
    else raw = rawCloser(line)
    blank = line.trim() === ''
  }
  return cuts
}

/** The closing pattern of an HTML block that may hold blank lines and does not close on its first line. */
function rawCloser(line: string): RegExp | undefined {
  const match = rawOpen.exec(line)
  if (!match) return undefined
  const closer = match[1] === undefined ? /-->/u : new RegExp(`</${match[1]}>`, 'iu')
  return closer.test(line.slice(match[0].length)) ? undefined : closer
}

/** `source[start, end)` as one chunk, or, when it is a long GFM table, as pieces of rows read after its header. */
function tablePieces(source: string, start: number, end: number, size: number): MarkdownChunk[] {
  const text = source.slice(start, end)
  const first = text.indexOf('\n')
  const second = first === -1 ? -1 : text.indexOf('\n', first + 1)
  if (end - start <= size || second === -1 || !text.slice(0, first).includes('|') || !isDelimiterRow(text.slice(first + 1, second))) {
    return [{start, end, prefix: ''}]
  }
  const header = text.slice(0, second + 1)
  const pieces: MarkdownChunk[] = []
  let from = start
  for (let at = start + second + 1; at < end; ) {
    const limit = Math.min(end, from + size)
    const cut = limit === end ? end : source.lastIndexOf('\n', limit - 1) + 1
    const stop = cut <= at ? source.indexOf('\n', at) + 1 || end : cut
    pieces.push({start: from, end: stop, prefix: from === start ? '' : header})
    from = stop
    at = stop
  }
  return pieces
}

/** A GFM table's delimiter row (`|---|:--:|`): pipes, colons, dashes and spaces only, with a dash and a pipe. */
function isDelimiterRow(line: string): boolean {
  return /^[\s|:-]+$/u.test(line) && line.includes('-') && line.includes('|')
}
