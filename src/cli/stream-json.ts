/**
 * Writes `value` (a plain object) as `JSON.stringify(value, null, 2)` would,
 * but its top-level arrays, and iterables such as a streamed document's
 * blocks, one element at a time, so that a document of hundreds of megabytes
 * never becomes one string (V8 caps a string at about 512 MB: "Invalid string
 * length") and its elements need not all exist at once. After each element it
 * waits for `drained` (a pipe's buffer emptied), so that output a slow reader
 * has not taken yet does not pile up in memory.
 */
export async function writeJson(value: Record<string, unknown>, write: (chunk: string) => void, drained: () => Promise<void> = ready): Promise<void> {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol')
  write('{')
  for (const [index, [key, item]] of entries.entries()) {
    write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `)
    if (isList(item)) await writeList(item, write, drained)
    else write(indent(JSON.stringify(item, null, 2), '  '))
  }
  write(entries.length === 0 ? '}' : '\n}')
}

/** Arrays and other iterable objects (not strings, not objects with `toJSON`). */
function isList(item: unknown): item is Iterable<unknown> {
  return typeof item === 'object' && item !== null && Symbol.iterator in item && !('toJSON' in item)
}

async function ready(): Promise<void> {}

async function writeList(items: Iterable<unknown>, write: (chunk: string) => void, drained: () => Promise<void>): Promise<void> {
  write('[')
  let first = true
  for (const item of items) {
    write(`${first ? '' : ','}\n    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}`)
    first = false
    await drained()
  }
  write(first ? ']' : '\n  ]')
}

/** JSON text has no raw line breaks inside strings, so every `\n` starts a line to indent. */
function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`)
}
