import type {Command} from './io.js'
import {UsageError} from './io.js'

/** `bitext align` — not built yet. */
export const align: Command = async () => {
  throw new UsageError("'align' is not available yet")
}
