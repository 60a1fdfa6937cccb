/**
 * Bad input that the caller can fix: a binary file, invalid UTF-8, malformed TMX, …
 * The CLI prints its message on one line and exits 2.
 */
export class InputError extends Error {
  override name = 'InputError'
  /** Stable machine-readable reason, such as `not-text` or `malformed-xml`. */
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.code = code
  }
}
