/** Single-byte codes of the non-ASCII characters the tests encode (Windows-1254; ISO-8859-9 lacks 0x80-0x9F). */
const table: Readonly<Record<string, number>> = {
  Ç: 0xc7, Ğ: 0xd0, İ: 0xdd, Ö: 0xd6, Ş: 0xde, Ü: 0xdc, ç: 0xe7, ğ: 0xf0, ı: 0xfd, ö: 0xf6, ş: 0xfe, ü: 0xfc,
  â: 0xe2, '\u00a0': 0xa0, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85
}

/** Encodes text as Windows-1254 (or ISO-8859-9 when it has no character of 0x80-0x9F); throws on others. */
export function encodeTurkish(text: string): Uint8Array {
  return Uint8Array.from([...text], (character) => {
    const code = character.charCodeAt(0)
    if (code < 0x80) return code
    const byte = table[character]
    if (byte === undefined) throw new Error(`encodeTurkish: no byte for ${JSON.stringify(character)}`)
    return byte
  })
}

/** Replaces the typographic quotes and dashes that ISO-8859-9 cannot hold by ASCII ones. */
export function toLatin5Repertoire(text: string): string {
  return text.replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"').replace(/[–—]/gu, '-').replace(/…/gu, '...')
}
