import {InputError} from '../input-error.js'

/**
 * How deep Markdown containers (list items, block quotes) may nest. remark's
 * time grows faster than the square of the depth (a list 400 levels deep takes
 * seconds, 1,000 levels most of a minute before its stack runs out); real
 * documents stay under ten.
 */
const maxMarkdownDepth = 100

/** A line's container prefix: white space, `>` and list markers. */
const containerPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/u

/**
 * Throws `InputError('too-deep')` when a line of `value` opens more than
 * `maxMarkdownDepth` containers: more `>` and list markers than that on the
 * line, or a list marker indented by 2 × that many columns (each nested list
 * level indents at least two). Linear in the text.
 */
export function assertShallowMarkdown(value: string): void {
  // Line by line without `split`: an array of every line of 50 MB would be some 70 MB more.
  for (let start = 0; start <= value.length; ) {
    const newline = value.indexOf('\n', start)
    const end = newline === -1 ? value.length : newline
    const line = value.slice(start, end)
    start = end + 1
    if (containerDepth(line) > maxMarkdownDepth) {
      throw new InputError('too-deep', `parseDocument: the markdown document nests more than ${maxMarkdownDepth} lists or quotes deep; flatten the nesting, or read it as plain text (--input-format text)`)
    }
  }
}

function containerDepth(line: string): number {
  const prefix = containerPrefix.exec(line)?.[0] ?? ''
  let markers = 0
  let indent = 0
  for (const char of prefix) {
    if (char === ' ') indent += 1
    else if (char === '\t') indent += 4
    else if (char === '>' || char === '-' || char === '*' || char === '+' || char === '.' || char === ')') markers += 1
  }
  return Math.max(markers, markers > 0 ? Math.floor(indent / 2) : 0)
}
