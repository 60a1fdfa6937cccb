import type {TranslationUnit} from './types.js'

/** The columns a database store keeps besides the texts and languages: everything else, as JSON. */
export function unitData(unit: TranslationUnit): string {
  const {source: _source, target: _target, sourceLang: _sourceLang, targetLang: _targetLang, ...rest} = unit
  return JSON.stringify(rest)
}

/** A unit back from its columns. */
export function unitFromRow(row: {source: string; target: string; source_lang: string; target_lang: string; data: string}): TranslationUnit {
  const rest = JSON.parse(row.data) as Partial<TranslationUnit>
  return {source: row.source, target: row.target, sourceLang: row.source_lang, targetLang: row.target_lang, ...rest}
}

/** Token ids `[start, end)` of `ids` as the bytes of a BLOB (a view, not a copy), and back. */
export function toBlob(ids: Int32Array, start = 0, end = ids.length): Buffer {
  return Buffer.from(ids.buffer, ids.byteOffset + start * 4, (end - start) * 4)
}

export function fromBlob(blob: Uint8Array): Int32Array {
  if (blob.byteOffset % 4 === 0) return new Int32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4)
  return new Int32Array(Uint8Array.from(blob).buffer)
}
