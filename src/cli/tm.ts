import type {Command} from './io.js'
import {UsageError} from './io.js'

/** `bitext tm` — not built yet. */
export const tm: Command = async () => {
  throw new UsageError("'tm' is not available yet")
}
