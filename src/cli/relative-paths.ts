import {sep} from 'node:path'

/** What may stand just before a path in a message: its start, a space, a quote or a bracket. */
const pathStart = new Set([' ', '\t', "'", '"', '(', '`'])

/**
 * `message` with every path under the working folder `cwd` shown relative to it, as a user
 * who typed relative paths gave them: `/home/a/site/missing.txt: no such file` is
 * `missing.txt: no such file` when run in `/home/a/site`. A path elsewhere, and `cwd`
 * itself, stay as they are.
 */
export function relativeToCwd(message: string, cwd: string): string {
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep
  if (prefix === sep) return message
  let shown = ''
  let from = 0
  for (let at = message.indexOf(prefix); at !== -1; at = message.indexOf(prefix, at + prefix.length)) {
    if (at > 0 && !pathStart.has(message[at - 1] as string)) continue
    shown += message.slice(from, at)
    from = at + prefix.length
  }
  return shown + message.slice(from)
}
