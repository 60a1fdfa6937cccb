import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {expandBraces} from '../../src/check/glob-braces.js'
import {globMatcher} from '../../src/check/glob-match.js'

describe('globMatcher', () => {
  it.each([
    ['docs/**/*.md', 'docs/a.md', true],
    ['docs/**/*.md', 'docs/x/y/a.md', true],
    ['docs/**/*.md', 'docs/x/a.txt', false],
    ['docs/*.md', 'docs/x/a.md', false],
    ['*.{md,mdx}', 'a.mdx', true],
    ['*.{md,mdx}', 'a.txt', false],
    ['[ab]?.md', 'bx.md', true],
    ['[a-c].md', 'd.md', false],
    ['[!a]*.md', 'a.md', false],
    ['[!a]*.md', 'b.md', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false]
  ])('matches %s against %s: %s', (pattern, file, expected) => {
    expect(globMatcher(pattern)(file)).toBe(expected)
  })

  it('reads ./docs/*.md as docs/*.md', () => {
    expect(globMatcher('./docs/*.md')('docs/a.md')).toBe(true)
  })

  it('does not let *, ? or ** match a leading dot, as a shell does', () => {
    expect([globMatcher('*')('.hidden'), globMatcher('?x')('.x'), globMatcher('**/a.md')('.git/a.md'), globMatcher('.*')('.hidden')]).toStrictEqual([false, false, false, true])
  })

  it('answers a pattern with 40 stars against a 20,000-letter name without backtracking', () => {
    const matches = globMatcher(`${'*a'.repeat(40)}b.md`)
    expect([matches(`${'a'.repeat(20_000)}.md`), matches(`${'a'.repeat(20_000)}b.md`)]).toStrictEqual([false, true])
  })

  it('agrees with a slow backtracking reference on patterns of *, **, ?, classes and braces over small paths', () => {
    const part = fc.constantFrom('a', 'b', '.', '*', '?', '[ab]', '[!a]', '{a,b}', '{b,ab}')
    const name = fc.array(part, {minLength: 1, maxLength: 4}).map((parts) => parts.join('')).filter((text) => !/^\.+$/u.test(text))
    const pattern = fc.array(fc.oneof(name, fc.constant('**')), {minLength: 1, maxLength: 3}).map((names) => names.join('/'))
    const file = fc.array(fc.stringMatching(/^[ab.][ab.]{0,3}$/u).filter((text) => !/^\.+$/u.test(text)), {minLength: 1, maxLength: 3}).map((names) => names.join('/'))
    fc.assert(fc.property(pattern, file, (glob, path) => globMatcher(glob)(path) === reference(glob.split('/'), path.split('/'))), {numRuns: 5000})
  })
})

/** What the patterns mean, by brute force: `**` takes any number of names not starting with a dot; a name is a regex. */
function reference(levels: string[], names: string[]): boolean {
  const [level, ...rest] = levels
  if (level === undefined) return names.length === 0
  if (level === '**') return reference(rest, names) || (names.length > 0 && !names[0]!.startsWith('.') && reference(levels, names.slice(1)))
  return names.length > 0 && nameMatches(level, names[0]!) && reference(rest, names.slice(1))
}

function nameMatches(level: string, name: string): boolean {
  if (name.startsWith('.') && !level.startsWith('.')) return false
  const source = level
    .replaceAll('.', '\\.')
    .replaceAll('*', '.*')
    .replaceAll('?', '.')
    .replaceAll('[!a]', '[^a]')
    .replaceAll(/\{([^}]*)\}/gu, (_, choices: string) => `(?:${choices.replaceAll(',', '|')})`)
  return new RegExp(`^${source}$`, 'u').test(name)
}

describe('expandBraces', () => {
  it('expands lists, nested lists and number ranges, and keeps a brace without choices', () => {
    expect(expandBraces('a/{b,{c,d}}/x{1..3}.{md}')).toStrictEqual([
      'a/b/x1.{md}', 'a/b/x2.{md}', 'a/b/x3.{md}', 'a/c/x1.{md}', 'a/c/x2.{md}', 'a/c/x3.{md}', 'a/d/x1.{md}', 'a/d/x2.{md}', 'a/d/x3.{md}'
    ])
  })

  it('refuses more than 1,024 alternatives', () => {
    expect(() => expandBraces('{a,b}'.repeat(11))).toThrow('expands to more than 1024 alternatives')
    expect(expandBraces('{a,b}'.repeat(10))).toHaveLength(1024)
  })
})
