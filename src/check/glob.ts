/** Characters that make a path segment a pattern (glob syntax, and `{lang}`). */
const special = /[*?[\]{}()!+@]/u

/**
 * The folder a pattern's matches all sit under: its segments before the
 * first one with a wildcard, brace, class or `{lang}` (`docs/{lang}/**\/*.md` → `docs`).
 */
export function staticPrefix(pattern: string): string {
  const segments = pattern.replaceAll('\\', '/').split('/')
  const fixed: string[] = []
  for (const segment of segments.slice(0, -1)) {
    if (special.test(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === 1 && fixed[0] === '') return '/'
  return fixed.join('/') || '.'
}
