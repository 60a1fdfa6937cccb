import {UsageError} from './io.js'
import {encodingFlags} from './encoding-options.js'
import {parseArguments} from './parse-arguments.js'

/** The options of every `bitext tm` subcommand. */
const options = {
  tm: {type: 'string'},
  'source-lang': {type: 'string'},
  'target-lang': {type: 'string'},
  min: {type: 'string'},
  'min-score': {type: 'string'},
  limit: {type: 'string'},
  format: {type: 'string'},
  output: {type: 'string', short: 'o'},
  queries: {type: 'string'},
  states: {type: 'string'},
  'input-format': {type: 'string'},
  windowed: {type: 'boolean'},
  ...encodingFlags,
  help: {type: 'boolean', short: 'h'}
} as const

/**
 * The options each subcommand reads, besides `--tm` and `--help`: another subcommand's option is
 * refused, not silently ignored (`tm stats --windowed`, `tm lookup --min-score 0.8`).
 */
const subcommandOptions: Record<string, readonly string[]> = {
  build: ['source-lang', 'target-lang', 'min-score', 'windowed', 'input-format', ...Object.keys(encodingFlags)],
  import: ['source-lang', 'target-lang', 'states'],
  export: ['format', 'output'],
  lookup: ['source-lang', 'target-lang', 'min', 'limit', 'format', 'queries'],
  concordance: ['limit', 'format'],
  consistency: ['format'],
  stats: ['format']
}

/** Throws a `UsageError` for an option given to `tm <subcommand>` that it does not read, naming those that do. */
export function refuseForeignOptions(subcommand: string, values: Values): void {
  const own = subcommandOptions[subcommand] ?? []
  for (const [option, value] of Object.entries(values)) {
    if (value === undefined || option === 'tm' || option === 'help' || own.includes(option)) continue
    const readers = Object.keys(subcommandOptions).filter((name) => subcommandOptions[name]?.includes(option))
    throw new UsageError(`tm ${subcommand}: --${option} is not one of its options (it is for tm ${readers.join(', tm ')}); see 'bitext tm --help'`)
  }
}

/** The parsed option values of `bitext tm`. */
export type Values = ReturnType<typeof parseTmArguments>['values']

/** `parseArgs` for `bitext tm`, its errors as one-line `UsageError`s. */
export function parseTmArguments(args: string[]) {
  return parseArguments('tm', {args, allowPositionals: true, options})
}

/** `--source-lang` / `--target-lang` as memory options. */
export function langs(values: Values): {sourceLang?: string; targetLang?: string} {
  return {
    ...(values['source-lang'] === undefined ? {} : {sourceLang: values['source-lang']}),
    ...(values['target-lang'] === undefined ? {} : {targetLang: values['target-lang']})
  }
}

/** A numeric option within bounds, or a `UsageError` naming the flag. */
export function number(text: string, flag: string, min: number, max: number): number {
  const value = Number(text)
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`tm: ${flag} must be a number from ${min} to ${max}, not '${text}'`)
  }
  return value
}

/** A `--format` among the allowed ones, or a `UsageError` listing them. */
export function choice<T extends string>(value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`tm: --format must be one of ${allowed.join(', ')}, not '${value}'`)
  return value as T
}
