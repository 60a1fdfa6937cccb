import type {Command} from './io.js'
import {UsageError} from './io.js'

/** `bitext report` — not built yet. */
export const report: Command = async () => {
  throw new UsageError("'report' is not available yet")
}
