/** A raw token of `scanTokens`: a run of digits (with `.`, `,` or no-break-space groups), a run of letters, or one other character. */
export interface ScanToken {
  kind: 'number' | 'word' | 'mark'
  /** The token as written, apostrophe suffix included. */
  text: string
  /** The token without its apostrophe suffix (`Cenevre’de` → `Cenevre`). */
  stem: string
  start: number
  end: number
  /** Whether white space comes before the token. */
  spaced: boolean
}

/** Alternatives start with disjoint classes, so matching stays linear. */
const tokenPattern = /(\p{Nd}+(?:[.,\u00A0\u202F]\p{Nd}+)*)|([\p{L}\p{M}]+)|\S/gu
const apostrophe = /^['\u2019]$/
const lowerWord = /^[\p{Ll}\p{M}]+$/u

/**
 * Splits `text` into raw tokens, skipping the `masked` ranges (sorted `[start, end)`),
 * and joins an apostrophe suffix to its word or number (`3.150'si`, `İŞKUR’un`).
 */
export function scanTokens(text: string, masked: Array<[number, number]> = []): ScanToken[] {
  const tokens: ScanToken[] = []
  let lastEnd = 0
  let mask = 0
  tokenPattern.lastIndex = 0
  for (let match = tokenPattern.exec(text); match; match = tokenPattern.exec(text)) {
    const start = match.index
    while (mask < masked.length && (masked[mask]?.[1] ?? 0) <= start) mask++
    const range = masked[mask]
    if (range && range[0] <= start) {
      tokenPattern.lastIndex = range[1]
      lastEnd = range[1]
      continue
    }
    const value = match[0]
    const kind = match[1] !== undefined ? 'number' : match[2] !== undefined ? 'word' : 'mark'
    tokens.push({kind, text: value, stem: value, start, end: start + value.length, spaced: start > lastEnd})
    lastEnd = start + value.length
  }
  return joinSuffixes(text, tokens)
}

/** `word ’ suffix` with no spaces and a lower-case suffix becomes one token (in place). */
function joinSuffixes(text: string, tokens: ScanToken[]): ScanToken[] {
  let kept = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as ScanToken
    const mark = tokens[index + 1]
    const suffix = tokens[index + 2]
    const joins =
      token.kind !== 'mark' &&
      mark !== undefined &&
      suffix !== undefined &&
      apostrophe.test(mark.text) &&
      !mark.spaced &&
      !suffix.spaced &&
      suffix.kind === 'word' &&
      lowerWord.test(suffix.text)
    if (joins) {
      token.text = text.slice(token.start, suffix.end)
      token.end = suffix.end
      index += 2
    }
    tokens[kept++] = token
  }
  tokens.length = kept
  return tokens
}
