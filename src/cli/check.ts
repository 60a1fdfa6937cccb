import type {Command} from './io.js'
import {UsageError} from './io.js'

/** `bitext check` — not built yet. */
export const check: Command = async () => {
  throw new UsageError("'check' is not available yet")
}
