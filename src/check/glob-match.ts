import {expandBraces} from './glob-braces.js'

/** One character of a name pattern: a literal, `?`, `*`, or a class `[a-z]` / `[!.]`. */
type Token =
  | {kind: 'char'; char: string}
  | {kind: 'any'}
  | {kind: 'star'}
  | {kind: 'class'; negated: boolean; ranges: Array<[string, string]>}

/** A path pattern after brace expansion: per folder level, `**` or the tokens of a name. */
type Compiled = Array<'**' | Token[]>

/**
 * A matcher for config path patterns: `*` (within a name), `**` (any folders),
 * `?`, `[ab]`, `[!a-z]` and `{md,mdx}`, with `/` between folders. Like a shell,
 * `*`, `?` and `**` do not match a name's leading dot. Each alternative of the
 * braces is matched in time proportional to path length × pattern length, so
 * `*a*a*a…` cannot backtrack (a regex-based matcher takes minutes on it).
 */
export function globMatcher(pattern: string): (file: string) => boolean {
  const compiled = expandBraces(pattern).map(compile)
  return (file) => {
    const names = file.split('/')
    return compiled.some((levels) => matchLevels(levels, names))
  }
}

/** `./docs/*.md` is `docs/*.md`: a `.` folder level names no folder. */
function compile(pattern: string): Compiled {
  return pattern.split('/').filter((name) => name !== '.').map((name) => (name === '**' ? '**' : tokens(name)))
}

function tokens(name: string): Token[] {
  const result: Token[] = []
  for (let at = 0; at < name.length; at++) {
    const char = name[at] as string
    const end = char === '[' ? name.indexOf(']', at + 2) : -1
    if (end !== -1) {
      result.push(charClass(name.slice(at + 1, end)))
      at = end
    } else if (char === '*') {
      if (result.at(-1)?.kind !== 'star') result.push({kind: 'star'})
    } else result.push(char === '?' ? {kind: 'any'} : {kind: 'char', char})
  }
  return result
}

function charClass(body: string): Token {
  const negated = body.startsWith('!') || body.startsWith('^')
  const chars = [...(negated ? body.slice(1) : body)]
  const ranges: Array<[string, string]> = []
  for (let at = 0; at < chars.length; at++) {
    const [from, dash, to] = [chars[at] as string, chars[at + 1], chars[at + 2]]
    if (dash === '-' && to !== undefined) {
      ranges.push([from, to])
      at += 2
    } else ranges.push([from, from])
  }
  return {kind: 'class', negated, ranges}
}

/** Folder levels against path names; `**` takes any number of names, backtracking only to the last `**`. */
function matchLevels(levels: Compiled, names: string[]): boolean {
  return wildcard(levels.length, names.length, (level) => levels[level] === '**', (level, name) => {
    const tokensOfLevel = levels[level] as Token[]
    return matchName(tokensOfLevel, names[name] as string)
  }, (name) => !(names[name] as string).startsWith('.'))
}

/** A name against its tokens; `*` takes any run of characters, backtracking only to the last `*`. */
function matchName(nameTokens: Token[], name: string): boolean {
  const chars = [...name]
  if (chars[0] === '.' && nameTokens[0]?.kind !== 'char') return false
  return wildcard(nameTokens.length, chars.length, (at) => nameTokens[at]?.kind === 'star', (at, index) => matchChar(nameTokens[at] as Token, chars[index] as string), () => true)
}

function matchChar(token: Token, char: string): boolean {
  if (token.kind === 'any') return true
  if (token.kind === 'char') return token.char === char
  if (token.kind === 'star') return false
  return token.ranges.some(([from, to]) => from <= char && char <= to) !== token.negated
}

/**
 * The classic greedy wildcard match over two sequences: `isStar(p)` marks
 * pattern items that take any run of subject items (each allowed by `starTakes`),
 * `single(p, s)` whether one item matches one. O(pattern × subject) at worst.
 */
function wildcard(patternLength: number, subjectLength: number, isStar: (at: number) => boolean, single: (at: number, index: number) => boolean, starTakes: (index: number) => boolean): boolean {
  let [p, s, starAt, resumeAt] = [0, 0, -1, 0]
  while (s < subjectLength) {
    if (p < patternLength && isStar(p)) {
      ;[starAt, resumeAt] = [p++, s]
    } else if (p < patternLength && single(p, s)) {
      p++
      s++
    } else if (starAt !== -1 && starTakes(resumeAt)) {
      p = starAt + 1
      s = ++resumeAt
    } else return false
  }
  while (p < patternLength && isStar(p)) p++
  return p === patternLength
}
