import {samplePieceLength, samplePieces} from '../text/detect-document-language.js'

/** One of the sample's pieces being read: where it is looked for, where it starts once found, what was read. */
interface Window {
  from: number
  start: number
  read: string[]
  length: number
}

/**
 * The sample `detectDocumentLanguage` reads from `texts.join('\n')` (four
 * pieces of 500 characters spread over it, each starting after a space),
 * taken without joining the texts: `total` is the joined length, so the texts
 * can be read from a document in parts.
 */
export function sampleTexts(texts: Iterable<string>, total: number): string {
  const whole = total <= samplePieces * samplePieceLength
  const windows = Array.from({length: whole ? 1 : samplePieces}, (_, piece): Window => {
    const from = whole ? 0 : Math.floor((piece * total) / samplePieces)
    return {from, start: piece === 0 ? 0 : -1, read: [], length: 0}
  })
  const limit = whole ? total : samplePieceLength
  let offset = 0
  for (const text of texts) {
    if (offset > 0) readSegment(windows, '\n', offset++, limit)
    readSegment(windows, text, offset, limit)
    offset += text.length
  }
  if (whole) return windows[0]?.read.join('') ?? ''
  const first = windows[0]?.read.join('') ?? ''
  return windows.map((window) => (window.start < 0 ? first : window.read.join(''))).join(' ')
}

/** Reads a segment of the joined text at `offset` into each window that has not read `limit` characters yet. */
function readSegment(windows: Window[], segment: string, offset: number, limit: number): void {
  const end = offset + segment.length
  for (const window of windows) {
    if (window.length >= limit || end <= window.from) continue
    if (window.start < 0) {
      const space = segment.indexOf(' ', Math.max(0, window.from - offset))
      if (space === -1) continue
      window.start = offset + space + 1
    }
    if (end <= window.start) continue
    const piece = segment.slice(Math.max(0, window.start - offset), window.start + limit - offset)
    window.read.push(piece)
    window.length += piece.length
  }
}
