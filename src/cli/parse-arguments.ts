import {parseArgs} from 'node:util'
import type {ParseArgsConfig} from 'node:util'
import {UsageError} from './io.js'

/**
 * `node:util`'s `parseArgs` with its errors turned into one-line `UsageError`s that name the
 * command and point at its help.
 */
export function parseArguments<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]
    throw new UsageError(`${command}: ${reason}; see 'bitext ${command} --help'`)
  }
}
