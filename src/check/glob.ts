/**
 * A path pattern as a regular expression: `*` any characters but `/`, `**`
 * any number of directories, `?` one character but `/`, `{lang}` one of
 * `langs` (captured as the group `lang`). Everything else is literal.
 *
 * @example
 *   globToRegExp('docs/{lang}/**\/*.md', ['en', 'tr']).test('docs/tr/a/b.md') // => true
 */
export function globToRegExp(pattern: string, langs: readonly string[]): RegExp {
  let source = ''
  let rest = pattern.replaceAll('\\', '/')
  while (rest.length > 0) {
    const [token, next] = readToken(rest, langs)
    source += token
    rest = next
  }
  return new RegExp(`^${source}$`, 'du')
}

function readToken(rest: string, langs: readonly string[]): [string, string] {
  if (rest.startsWith('{lang}')) return [`(?<lang>${langs.map(escape).join('|')})`, rest.slice(6)]
  if (rest.startsWith('**/')) return ['(?:[^/]+/)*', rest.slice(3)]
  if (rest.startsWith('**')) return ['.*', rest.slice(2)]
  if (rest.startsWith('*')) return ['[^/]*', rest.slice(1)]
  if (rest.startsWith('?')) return ['[^/]', rest.slice(1)]
  return [escape(rest.charAt(0)), rest.slice(1)]
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/** The directory a pattern's matches all sit under: its segments before the first wildcard or `{lang}`. */
export function staticPrefix(pattern: string): string {
  const segments = pattern.replaceAll('\\', '/').split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (/[*?]|\{lang\}/.test(segment)) break
    fixed.push(segment)
  }
  return fixed.join('/') || '.'
}
