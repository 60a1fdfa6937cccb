/** A slice of a text: `[start, end)`, and whether it starts at a natural cut rather than a forced one. */
export interface TextChunk {
  start: number
  end: number
  natural: boolean
}

/**
 * Cuts `text` into chunks of about `size` code units for `Intl.Segmenter`,
 * whose cost per segment grows with the length of its input (V8 copies the
 * input into every segment object). A chunk ends at the first match of
 * `natural` (a global regex) at least `size` after its start and before
 * `4 × size`; failing that, at the next white space before `4 × size` (a
 * forced cut); failing that (a run without white space), at `4 × size`
 * itself, never inside a surrogate pair (a hard cut, also forced). Each
 * search looks at that window only, so the work is linear in the text.
 */
export function chunkText(text: string, natural: RegExp, size = 2000): TextChunk[] {
  const chunks: TextChunk[] = []
  let start = 0
  let startNatural = true
  while (text.length - start > size) {
    const cut = cutAfter(text, natural, start + size, start + 4 * size)
    if (cut === undefined) break
    chunks.push({start, end: cut.at, natural: startNatural})
    start = cut.at
    startNatural = cut.natural
  }
  chunks.push({start, end: text.length, natural: startNatural})
  return chunks
}

function cutAfter(text: string, natural: RegExp, from: number, limit: number): {at: number; natural: boolean} | undefined {
  // One character past the limit, so that a lookahead at the limit still sees what follows.
  const window = text.slice(0, limit + 1)
  natural.lastIndex = from
  const match = natural.exec(window)
  if (match && match.index + match[0].length <= limit) return {at: match.index + match[0].length, natural: true}
  const space = /\s+/gu
  space.lastIndex = from
  const forced = space.exec(window)
  if (forced && forced.index + forced[0].length <= limit) return {at: forced.index + forced[0].length, natural: false}
  return hardCut(text, limit)
}

/** `limit`, moved back one unit when it would split a surrogate pair; none at the end of the text. */
function hardCut(text: string, limit: number): {at: number; natural: boolean} | undefined {
  if (limit >= text.length) return undefined
  const before = text.charCodeAt(limit - 1)
  const at = before >= 0xd800 && before <= 0xdbff ? limit - 1 : limit
  return {at, natural: false}
}
