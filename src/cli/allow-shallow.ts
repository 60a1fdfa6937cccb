import type {CheckFilesOptions} from '../check/check-files.js'
import {terminalSafe} from '../report/terminal-safe.js'
import type {Io} from './io.js'

/**
 * The options of `--allow-shallow` (`check`, `report`): in a shallow clone,
 * `--since-git` warns once on stderr and checks without history instead of
 * exiting 2.
 */
export function allowShallow(io: Io): Required<Pick<CheckFilesOptions, 'allowShallow' | 'onWarning'>> {
  const warned = new Set<string>()
  return {
    allowShallow: true,
    onWarning(message) {
      if (!warned.has(message)) io.stderr(`bitext: warning: ${terminalSafe(message)}\n`)
      warned.add(message)
    }
  }
}
