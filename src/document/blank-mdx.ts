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
 * the Markdown parser does not see it and offsets stay exact.
 */
export function blankMdx(value: string): string {
  return splitFences(value)
    .map(({text, code}) => (code ? text : text.replace(mdx, (match, inlineCode?: string) => inlineCode ?? blank(match))))
    .join('')
}

/** Cuts `value` into runs of prose and of fenced code (fence lines included), in order. */
function splitFences(value: string): Array<{text: string; code: boolean}> {
  const runs: Array<{text: string; code: boolean}> = []
  let open: string | undefined
  for (const line of value.split(/(?<=\n)/u)) {
    const marker = fenceMarker(line)
    const code = open !== undefined || marker !== undefined
    if (open !== undefined) {
      if (marker !== undefined && marker[0] === open[0] && marker.length >= open.length && line.trim() === marker) open = undefined
    } else if (marker !== undefined) open = marker
    const last = runs.at(-1)
    if (last && last.code === code) last.text += line
    else runs.push({text: line, code})
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
