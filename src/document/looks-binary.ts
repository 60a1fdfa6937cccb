/** How many bytes from the start are inspected. */
const sampleSize = 65_536

/**
 * Whether bytes look like binary data rather than text: a NUL byte, or more
 * than 1% control characters other than tab, line feed, vertical tab, form
 * feed, carriage return and escape, in the first 64 KiB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, sampleSize)
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) controls++
  }
  return controls > sample.length / 100
}
