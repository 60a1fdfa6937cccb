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
 * `4 × size`; failing that, at the next white space (a forced cut).
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
  natural.lastIndex = from
  const match = natural.exec(text)
  if (match && match.index + match[0].length <= limit) return {at: match.index + match[0].length, natural: true}
  const space = /\s+/gu
  space.lastIndex = from
  const forced = space.exec(text)
  if (!forced || forced.index + forced[0].length >= text.length) return undefined
  return {at: forced.index + forced[0].length, natural: false}
}
