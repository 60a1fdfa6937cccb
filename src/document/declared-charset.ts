/** `<meta charset="…">`, `<meta http-equiv … content="…; charset=…">` or `<?xml … encoding="…"?>`. */
const declaration = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})|<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w.:-]{1,40})/iu

/**
 * The encoding an HTML or XML file declares in its first 2 KiB, lower-cased,
 * or `undefined`. Read as Latin-1, which is enough for ASCII markup.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 2048))
  const match = declaration.exec(head)
  return (match?.[1] ?? match?.[2])?.toLowerCase()
}
