import {InputError} from '../input-error.js'
import {declaredCharset} from './declared-charset.js'
import {looksBinary} from './looks-binary.js'
import {looksTurkishSingleByte} from './looks-turkish.js'

/** Options of `decodeText`. */
export interface DecodeTextOptions {
  /**
   * Encoding to use (a WHATWG label: `utf-8`, `windows-1254`, `iso-8859-9`,
   * `utf-16le`, …). Default: detected — a BOM, else UTF-8, else a declared
   * `<meta charset>`, else Turkish single-byte text (Windows-1254 or ISO-8859-9).
   */
  encoding?: string
}

/** Decoded text and the encoding it was read with (lower-case WHATWG name). */
export interface DecodedText {
  text: string
  encoding: string
}

const boms: ReadonlyArray<{bytes: number[]; encoding: string}> = [
  {bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8'},
  {bytes: [0xff, 0xfe], encoding: 'utf-16le'},
  {bytes: [0xfe, 0xff], encoding: 'utf-16be'}
]

/**
 * Decodes the bytes of a text file. A BOM is honoured and stripped; binary
 * data (NUL bytes, many control characters) throws `InputError('not-text')`;
 * invalid UTF-8 that reads as Turkish single-byte text is decoded as
 * Windows-1254 (when bytes 0x80-0x9F occur) or ISO-8859-9; any other invalid
 * UTF-8 throws `InputError('bad-encoding')`.
 *
 * @example
 *   decodeText(new Uint8Array([0x49, 0xfe, 0xfd, 0x6b])) // => {text: 'Işık', encoding: 'iso-8859-9'}
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('decodeText: expected `bytes` to be a Uint8Array (a Buffer is one)')
  const bom = boms.find((entry) => entry.bytes.every((byte, index) => bytes[index] === byte))
  if (bom && options.encoding === undefined) return decodeWithBom(bytes.subarray(bom.bytes.length), bom.encoding)
  // UTF-16 text is half zero bytes, which looksBinary would take for binary data.
  if (options.encoding !== undefined && isUtf16Label(options.encoding)) return decodeAs(bytes, options.encoding)
  if (looksBinary(bytes)) throw new InputError('not-text', 'not a text file (it holds binary data)')
  if (options.encoding !== undefined) return decodeAs(bytes, options.encoding)
  try {
    return {text: decode(bytes, 'utf-8'), encoding: 'utf-8'}
  } catch {
    const declared = declaredCharset(bytes)
    if (declared !== undefined && isSingleByteLabel(declared)) return {text: decode(bytes, declared), encoding: declared}
    if (!looksTurkishSingleByte(bytes)) {
      throw new InputError('bad-encoding', 'not valid UTF-8; give its encoding, e.g. --encoding iso-8859-2 (Central European), windows-1251 (Cyrillic) or windows-1254 (Turkish)')
    }
    const c1 = bytes.some((byte) => byte >= 0x80 && byte <= 0x9f)
    return {text: decode(bytes, 'windows-1254'), encoding: c1 ? 'windows-1254' : 'iso-8859-9'}
  }
}

/** The bytes after a byte-order mark, which must then be valid in the encoding it names. */
function decodeWithBom(bytes: Uint8Array, encoding: string): DecodedText {
  try {
    return {text: decode(bytes, encoding), encoding}
  } catch {
    throw new InputError('bad-encoding', `the file starts with a ${encoding} byte-order mark but is not valid ${encoding}`)
  }
}

function decodeAs(bytes: Uint8Array, label: string): DecodedText {
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(label, {fatal: true, ignoreBOM: false})
  } catch {
    throw new InputError('bad-encoding', `unknown encoding '${label}'; use e.g. utf-8, windows-1254 or iso-8859-9`)
  }
  try {
    return {text: decoder.decode(bytes), encoding: decoder.encoding}
  } catch {
    throw new InputError('bad-encoding', `the file is not valid ${decoder.encoding}; check --encoding`)
  }
}

/** Whether `label` names UTF-16 (`utf-16le`, `utf-16be`, `utf-16`). */
function isUtf16Label(label: string): boolean {
  try {
    return new TextDecoder(label).encoding.startsWith('utf-16')
  } catch {
    return false
  }
}

/** Whether `label` names an encoding other than UTF-8 that `TextDecoder` knows. */
function isSingleByteLabel(label: string): boolean {
  try {
    return new TextDecoder(label).encoding !== 'utf-8'
  } catch {
    return false
  }
}

function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
}
