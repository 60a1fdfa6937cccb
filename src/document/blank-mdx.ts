/**
 * What MDX adds to Markdown, outside inline code: `{/*…*\/}` comments (the
 * heading anchors of react.dev), JSX tags with a capitalised name (`<Intro>`,
 * `</Sandpack>`) and tags with a `={…}` attribute (`<img style={{…}} />`),
 * which CommonMark would otherwise leave in the text. Inline code comes first
 * in the alternation so that it is skipped, not blanked.
 */
const mdx =
  /(`[^`\r\n]*`)|\{\/\*[^*]*(?:\*(?!\/)[^*]*)*\*\/\}|<\/?[A-Z][\w.]*(?:\s[^<>]*)?\/?>|<[a-z][\w-]*\s[^<>]*=\{[^<>]*\/?>/gu
/** A fence line; a backtick fence's info string has no backtick (else it is inline code). */
const fence = /^\s*(?:(`{3,})[^`]*|(~{3,})(?:[^~\n\r\u2028\u2029].*)?)$/u

/**
 * Blanks MDX syntax outside fenced code with spaces (line ends kept), so that
 * the Markdown parser does not see it and offsets stay exact. Returns `value`
 * itself when there is nothing to blank; otherwise one new string, built from
 * slices of `value` (a 50 MB document is never copied more than once).
 */
export function blankMdx(value: string): string {
  const pieces: string[] = []
  let changed = false
  for (const {start, end, code} of fenceRuns(value)) {
    const text = value.slice(start, end)
    const blanked = code ? text : text.replace(mdx, (match, inlineCode?: string) => inlineCode ?? blank(match))
    if (blanked !== text) changed = true
    pieces.push(blanked)
  }
  return changed ? pieces.join('') : value
}

/** Cuts `value` into runs of prose and of fenced code (fence lines included), in order, as offsets. */
function fenceRuns(value: string): Array<{start: number; end: number; code: boolean}> {
  const runs: Array<{start: number; end: number; code: boolean}> = []
  let open: string | undefined
  for (let start = 0; start < value.length; ) {
    const newline = value.indexOf('\n', start)
    const end = newline === -1 ? value.length : newline + 1
    const line = value.slice(start, end)
    const marker = fenceMarker(line)
    const code = open !== undefined || marker !== undefined
    if (open !== undefined) {
      if (marker !== undefined && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = undefined
    } else if (marker !== undefined) open = marker
    const last = runs.at(-1)
    if (last && last.code === code) last.end = end
    else runs.push({start, end, code})
    start = end
  }
  return runs
}

function fenceMarker(line: string): string | undefined {
  const match = fence.exec(line.replace(/\r?\n$/u, ''))
  return match?.[1] ?? match?.[2]
}

function blank(text: string): string {
  return text.replace(/[^\r\n]/gu, ' ')
}
