/**
 * Counts Markdown headings line by line, independently of remark: ATX
 * headings and setext underlines outside code fences and front matter.
 * ATX headings may sit in a list item or quote (`- ### Arrays`).
 * A setext underline counts when the line above is paragraph text (not blank,
 * not a heading, list item, quote, table row, HTML line or thematic break).
 */
export function countHeadings(value: string): number {
  const lines = value.split(/\r?\n/u)
  let index = skipFrontMatter(lines)
  let count = 0
  let fence: string | undefined
  let previous = ''
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const marker = fenceMarker(line)
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined
      previous = ''
      continue
    }
    if (marker) {
      fence = marker
      previous = ''
      continue
    }
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/u.test(stripContainers(line))) count++
    else if (/^ {0,3}(?:=+|-+)[ \t]*$/u.test(line) && isParagraphText(previous)) count++
    previous = line
  }
  return count
}

/** Removes list markers and quote markers that open a line (`- ### Arrays` → `### Arrays`). */
function stripContainers(line: string): string {
  return line.replace(/^(?: {0,3}(?:[-*+]|\d{1,9}[.)]|>)[ \t]?)+/u, '')
}

function fenceMarker(line: string): string | undefined {
  const match = /^\s*(?:(`{3,})[^`]*|(~{3,})(?:[^~\n\r\u2028\u2029].*)?)$/u.exec(line)
  return match?.[1] ?? match?.[2]
}

function skipFrontMatter(lines: string[]): number {
  const opener = lines[0]
  if (opener !== '---' && opener !== '+++') return 0
  const close = lines.indexOf(opener, 1)
  return close === -1 ? 0 : close + 1
}

function isParagraphText(line: string): boolean {
  if (line.trim() === '') return false
  if (/^ {0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d+[.)]\s|>|\||<)/u.test(line)) return false
  return !/^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+)$/u.test(line)
}
