import type {DocumentFormat} from '../document/types.js'
import {UsageError} from './io.js'

/** The values of `--input-format`: `auto` (by extension and content) or one reader. */
const inputFormats = ['auto', 'text', 'markdown', 'html', 'lines'] as const

/** `--input-format` of `command` (`auto` when not given), or a `UsageError` listing the values. */
export function readInputFormat(command: string, value: string | undefined): DocumentFormat | 'auto' {
  const format = value ?? 'auto'
  if (!(inputFormats as readonly string[]).includes(format)) throw new UsageError(`${command}: --input-format must be one of ${inputFormats.join(', ')}, not '${format}'`)
  return format as DocumentFormat | 'auto'
}
