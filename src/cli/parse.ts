import type {Command} from './io.js'
import {UsageError} from './io.js'

/** `bitext parse` — not built yet. */
export const parse: Command = async () => {
  throw new UsageError("'parse' is not available yet")
}
