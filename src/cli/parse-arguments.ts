import {parseArgs} from 'node:util'
import type {ParseArgsConfig} from 'node:util'
import {UsageError} from './io.js'

/** Options that name a language: a BCP 47 tag (`tr`, `en-GB`, `zh-Hant`, `und`). */
const languageOptions = ['source-lang', 'target-lang']
const languageTag = /^[a-z]{2,3}(?:-[a-z\d]{1,8}){0,4}$/i

/**
 * `node:util`'s `parseArgs` with its errors turned into one-line `UsageError`s that name the
 * command and point at its help; `--source-lang` and `--target-lang` must be language tags.
 */
export function parseArguments<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>
  try {
    parsed = parseArgs(config)
  } catch (error) {
    throw new UsageError(`${command}: ${reasonOf(error as Error)}; see 'bitext ${command} --help'`)
  }
  const values = parsed.values as Record<string, unknown>
  for (const option of languageOptions) {
    const value = values[option]
    if (typeof value === 'string' && !languageTag.test(value)) {
      throw new UsageError(`${command}: --${option} must be a language tag such as tr, en or pt-BR, not '${value}'`)
    }
  }
  return parsed
}

/**
 * The first line of a `parseArgs` error, without its full stop; an option value that starts with a
 * dash (`--limit -1`) says how to give one (`--limit=-1`).
 */
function reasonOf(error: Error): string {
  const [first = '', ...rest] = error.message.split('\n')
  const dashed = first.match(/^Option '(--[^']+)' argument is ambiguous/u)
  if (dashed && rest.some((line) => line.includes('starting with a dash'))) return `${dashed[1]} takes a value; to give one that starts with a dash, write ${dashed[1]}=-…`
  return first.replace(/\.$/u, '')
}
