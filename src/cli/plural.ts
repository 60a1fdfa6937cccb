/** A count and its noun, in the plural unless the count is one: `1 unit`, `0 units`, `2 duplicates`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
