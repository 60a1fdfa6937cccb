/**
 * Writes `value` (a plain object) as `JSON.stringify(value, null, 2)` would,
 * but its arrays a batch of elements at a time, iterables (a streamed document's
 * blocks) one element at a time and its plain objects one entry at a time, so
 * that a document of hundreds of megabytes never becomes one string (V8 caps a
 * string at about 512 MB: "Invalid string length") and a streamed list's
 * elements need not all exist at once. After each batch or element it waits for
 * `drained` (a pipe's buffer emptied), so that output a slow reader has not
 * taken yet does not pile up in memory.
 */
export async function writeJson(value: Record<string, unknown>, write: (chunk: string) => void, drained: () => Promise<void> = ready): Promise<void> {
  await writeObject(value, '', {write, drained})
}

interface Output {
  write: (chunk: string) => void
  drained: () => Promise<void>
}

async function ready(): Promise<void> {}

/** An object whose entries start at indentation `by` + two spaces. */
async function writeObject(value: Record<string, unknown>, by: string, output: Output): Promise<void> {
  const entries = Object.entries(value).filter(([, item]) => isWritten(item))
  output.write('{')
  for (const [index, [key, item]] of entries.entries()) {
    output.write(`${index === 0 ? '' : ','}\n${by}  ${JSON.stringify(key)}: `)
    await writeValue(item, `${by}  `, output)
  }
  output.write(entries.length === 0 ? '}' : `\n${by}}`)
}

async function writeValue(item: unknown, by: string, output: Output): Promise<void> {
  if (Array.isArray(item)) {
    if (item.length > 0) await writeArray(item, by, output)
    else output.write('[]')
  } else if (isIterable(item)) await writeIterable(item, by, output)
  else if (isPlainObject(item)) await writeObject(item, by, output)
  else output.write(indent(JSON.stringify(item, null, 2), by))
}

/** Elements stringified together: one native `JSON.stringify` call per batch, not per element. */
const batch = 512

/** An array in batches of elements, each batch cut out of `JSON.stringify(batch, null, 2)` and indented by `by`. */
async function writeArray(items: unknown[], by: string, output: Output): Promise<void> {
  output.write('[')
  for (let from = 0; from < items.length; from += batch) {
    // `[\n  a,\n  b\n]` → `  a,\n  b`: the elements already two spaces in, as inside the whole array.
    const elements = JSON.stringify(items.slice(from, from + batch), null, 2).slice(2, -2)
    output.write(`${from === 0 ? '' : ','}\n${by}${indent(elements, by)}`)
    await output.drained()
  }
  output.write(`\n${by}]`)
}

/** An iterable that is not an array (a generator of blocks): one element at a time. */
async function writeIterable(items: Iterable<unknown>, by: string, output: Output): Promise<void> {
  output.write('[')
  let first = true
  for (const item of items) {
    output.write(`${first ? '' : ','}\n${by}  ${indent(JSON.stringify(item, null, 2) ?? 'null', `${by}  `)}`)
    first = false
    await output.drained()
  }
  output.write(first ? ']' : `\n${by}]`)
}

/** What `JSON.stringify` keeps as an object entry: not `undefined`, a function or a symbol (plain data has no `toJSON`). */
function isWritten(item: unknown): boolean {
  return item !== undefined && typeof item !== 'function' && typeof item !== 'symbol'
}

/** Iterable objects other than arrays (not strings, not objects with `toJSON`). */
function isIterable(item: unknown): item is Iterable<unknown> {
  return typeof item === 'object' && item !== null && Symbol.iterator in item && !('toJSON' in item)
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
