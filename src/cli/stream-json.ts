/**
 * Writes `value` (a plain object) as `JSON.stringify(value, null, 2)` would,
 * but its top-level arrays one element at a time, so that a document of
 * hundreds of megabytes never becomes one string (V8 caps a string at about
 * 512 MB: "Invalid string length").
 */
export function writeJson(value: Record<string, unknown>, write: (chunk: string) => void): void {
  const entries = Object.entries(value).filter(([, item]) => JSON.stringify(item) !== undefined)
  write('{')
  entries.forEach(([key, item], index) => {
    write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `)
    if (Array.isArray(item) && item.length > 0) writeArray(item, write)
    else write(indent(JSON.stringify(item, null, 2), '  '))
  })
  write(entries.length === 0 ? '}' : '\n}')
}

function writeArray(items: unknown[], write: (chunk: string) => void): void {
  write('[')
  items.forEach((item, index) => {
    write(`${index === 0 ? '' : ','}\n    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}`)
  })
  write('\n  ]')
}

/** JSON text has no raw line breaks inside strings, so every `\n` starts a line to indent. */
function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`)
}
