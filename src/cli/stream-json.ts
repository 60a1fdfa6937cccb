/**
 * Writes `value` (a plain object) as `JSON.stringify(value, null, 2)` would,
 * but its arrays a batch of elements at a time and its plain objects one entry
 * at a time, so that a document of hundreds of megabytes never becomes one string
 * (V8 caps a string at about 512 MB: "Invalid string length").
 */
export function writeJson(value: Record<string, unknown>, write: (chunk: string) => void): void {
  writeObject(value, '', write)
}

/** An object whose entries start at indentation `by` + two spaces. */
function writeObject(value: Record<string, unknown>, by: string, write: (chunk: string) => void): void {
  const entries = Object.entries(value).filter(([, item]) => isWritten(item))
  write('{')
  entries.forEach(([key, item], index) => {
    write(`${index === 0 ? '' : ','}\n${by}  ${JSON.stringify(key)}: `)
    writeValue(item, `${by}  `, write)
  })
  write(entries.length === 0 ? '}' : `\n${by}}`)
}

function writeValue(item: unknown, by: string, write: (chunk: string) => void): void {
  if (Array.isArray(item) && item.length > 0) writeArray(item, by, write)
  else if (isPlainObject(item)) writeObject(item, by, write)
  else write(indent(JSON.stringify(item, null, 2), by))
}

/** Elements stringified together: one native `JSON.stringify` call per batch, not per element. */
const batch = 512

/** An array in batches of elements, each batch cut out of `JSON.stringify(batch, null, 2)` and indented by `by`. */
function writeArray(items: unknown[], by: string, write: (chunk: string) => void): void {
  write('[')
  for (let from = 0; from < items.length; from += batch) {
    // `[\n  a,\n  b\n]` → `  a,\n  b`: the elements already two spaces in, as inside the whole array.
    const elements = JSON.stringify(items.slice(from, from + batch), null, 2).slice(2, -2)
    write(`${from === 0 ? '' : ','}\n${by}${indent(elements, by)}`)
  }
  write(`\n${by}]`)
}

/** What `JSON.stringify` keeps as an object entry: not `undefined`, a function or a symbol (plain data has no `toJSON`). */
function isWritten(item: unknown): boolean {
  return item !== undefined && typeof item !== 'function' && typeof item !== 'symbol'
}

function isPlainObject(item: unknown): item is Record<string, unknown> {
  if (item === null || typeof item !== 'object' || 'toJSON' in item) return false
  const prototype = Object.getPrototypeOf(item) as unknown
  return prototype === Object.prototype || prototype === null
}

/** JSON text has no raw line breaks inside strings, so every `\n` starts a line to indent. */
function indent(json: string, by: string): string {
  return by === '' ? json : json.replaceAll('\n', `\n${by}`)
}

/**
 * Gathers small chunks into pieces of about `size` characters before passing them to `write`
 * (one write to a pipe per element would cost a system call each); `flush` passes the rest.
 */
export function bufferedWriter(write: (chunk: string) => void, size = 1 << 16): {write: (chunk: string) => void; flush: () => void} {
  let parts: string[] = []
  let length = 0
  const flush = () => {
    if (parts.length > 0) write(parts.join(''))
    parts = []
    length = 0
  }
  return {
    write(chunk) {
      parts.push(chunk)
      length += chunk.length
      if (length >= size) flush()
    },
    flush
  }
}
