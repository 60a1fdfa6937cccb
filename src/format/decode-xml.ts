import {declaredCharset} from '../document/declared-charset.js'
import {InputError} from '../input-error.js'

/**
 * The text of an XML file from its bytes, in the encoding it is in: UTF-16 (with a byte-order mark, or
 * without one when the file starts with `<` as UTF-16), else the encoding its XML declaration names
 * (UTF-8 when none; ISO-8859-9, windows-1254 and every other encoding `TextDecoder` knows are decoded).
 * Bytes invalid in that encoding, or an encoding no decoder knows, throw an `InputError` that says which.
 * `name` (a function name) starts the messages.
 */
export function decodeXml(bytes: Uint8Array, name: string): string {
  const utf16 = utf16Of(bytes)
  if (utf16 !== undefined) return decodeAs(bytes, utf16, name)
  const declared = declaredCharset(bytes) ?? 'utf-8'
  let label: string
  try {
    label = new TextDecoder(declared).encoding
  } catch {
    throw new InputError('bad-encoding', `${name}: the file declares encoding="${declared}", which bitext cannot decode; save it as UTF-8`)
  }
  return decodeAs(bytes, label, name)
}

/** `utf-16le` or `utf-16be` when the bytes start as UTF-16 XML (a byte-order mark, or `<` in two bytes). */
export function utf16Of(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0x00)) return 'utf-16le'
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0x00 && bytes[1] === 0x3c)) return 'utf-16be'
  return undefined
}

function decodeAs(bytes: Uint8Array, label: string, name: string): string {
  try {
    return new TextDecoder(label, {fatal: true}).decode(bytes)
  } catch {
    throw new InputError('bad-encoding', `${name}: the file is not valid ${label}, the encoding it is in or declares; save it as UTF-8`)
  }
}
