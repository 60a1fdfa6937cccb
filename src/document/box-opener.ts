const opener = /^\/{3} ?[a-z][\w-]*(?: ?\|.*)?$/u

/**
 * Whether a paragraph's text is the line that opens a box of the MkDocs
 * blocks extension, with or without a title (`/// note | Not`, `/// tip`). The
 * Markdown reader makes it the box's heading; a box closes with a bare `///`.
 */
export function isBoxOpener(text: string): boolean {
  return opener.test(text)
}
