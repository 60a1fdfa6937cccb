/**
 * Bytes above 0x7F that Turkish text in Windows-1254 / ISO-8859-9 uses:
 * Ç Ğ Ö Ü İ Ş ç ğ ö ü ı ş, â î û Â Î Û, and in Windows-1254 typographic
 * quotes, dashes, ellipsis and the euro sign; NBSP, « » and ° in both.
 */
const turkishBytes = new Set([
  0xc7, 0xd0, 0xd6, 0xdc, 0xdd, 0xde, 0xe7, 0xf0, 0xf6, 0xfc, 0xfd, 0xfe, 0xe2, 0xee, 0xfb, 0xc2, 0xce, 0xdb,
  0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xa0, 0xab, 0xbb, 0xb0
])
/** Letters only Turkish uses among Latin-5 languages: Ğ İ Ş ğ ı ş. */
const turkishLetters = new Set([0xd0, 0xdd, 0xde, 0xf0, 0xfd, 0xfe])

/**
 * Whether invalid UTF-8 reads as Turkish single-byte text: at least 90% of
 * its high bytes are Turkish letters or common punctuation, and at least one
 * is a letter only Turkish uses (ğ, ı, ş, …).
 */
export function looksTurkishSingleByte(bytes: Uint8Array): boolean {
  let high = 0
  let known = 0
  let letters = 0
  for (const byte of bytes) {
    if (byte < 0x80) continue
    high++
    if (turkishBytes.has(byte)) known++
    if (turkishLetters.has(byte)) letters++
  }
  return high > 0 && letters > 0 && known >= high * 0.9
}
