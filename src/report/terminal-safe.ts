/** C0 controls but tab, DEL, C1 controls, and the bidirectional overrides and isolates. */
const unsafe = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu

/**
 * Text from documents or files made safe to print: every control character
 * (escape sequences, CR, LF, bidirectional overrides) is shown as `\u{…}`, so
 * it can neither drive a terminal nor start a new line that a CI log reads as
 * a command: `terminalSafe('a\u001B[2Jb')` is `'a\\u{1b}[2Jb'`.
 */
export function terminalSafe(text: string): string {
  return text.replace(unsafe, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`)
}
