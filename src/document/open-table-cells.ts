/** A stretch of an HTML fragment, offsets in the fragment: start inclusive, end exclusive. */
export interface FragmentPiece {
  start: number
  end: number
}

const tableTag = /<\/?(?:td|th|tr)(?=[\s/>])[^>]*>/giu

/**
 * Cuts a raw HTML block of a Markdown file where a table row or cell opens or
 * closes, when its rows or cells are not whole inside the block: a
 * `<td markdown="1">` whose Markdown content follows in the next blocks, or the
 * `</td></tr><tr><td>` that joins two such cells. An HTML parser drops cell tags
 * met outside a table, which would run the cells of several rows into one
 * paragraph; read piece by piece, each cell is a block of its own, as it is to
 * the reader of the page. A fragment whose rows are whole stays one piece, so
 * its rows stay rows.
 */
export function openTableCells(fragment: string): FragmentPiece[] {
  const cuts = [...fragment.matchAll(tableTag)].map((match) => match.index)
  if (cuts.length === 0 || balanced(fragment)) return [{start: 0, end: fragment.length}]
  const bounds = [0, ...cuts.filter((cut) => cut > 0), fragment.length]
  return bounds.slice(1).map((end, index) => ({start: bounds[index] ?? 0, end}))
}

/** Whether every `td`, `th` and `tr` that opens in the fragment closes in it, and none closes unopened. */
function balanced(fragment: string): boolean {
  const depth = new Map<string, number>()
  for (const match of fragment.matchAll(tableTag)) {
    const name = (/^<\/?(\w+)/u.exec(match[0])?.[1] ?? '').toLowerCase()
    const change = match[0].startsWith('</') ? -1 : 1
    const next = (depth.get(name) ?? 0) + change
    if (next < 0) return false
    depth.set(name, next)
  }
  return [...depth.values()].every((value) => value === 0)
}
