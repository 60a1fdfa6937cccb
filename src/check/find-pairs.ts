import path from 'node:path'
import type {BitextConfig} from './config.js'
import {staticPrefix} from './glob.js'
import {globMatcher} from './glob-match.js'
import {walkFiles} from './walk-files.js'

/** Two files that translate each other; `null` on the side that has no file. */
export interface FilePair {
  source: string | null
  target: string | null
  /** Where the missing side's file was expected, when one side is `null`. */
  expected?: string
}

/** Options of `findPairs`. */
export interface FindPairsOptions {
  /** Called with a one-line message for each folder that cannot be listed or link not followed; the search goes on. Default: none. */
  onUnreadable?: (message: string) => void
}

/**
 * The file pairs of a config: every file matching a pattern (glob
 * syntax: `*`, `**`, `?`, `{md,mdx}`, `[ab]`) with `{lang}` set to the source
 * or the target language, paired with the file whose path differs only there.
 * Paths are relative to `cwd` when inside it. Sorted by path; `node_modules`
 * and dot folders (`.git`) are not walked, and symbolic links are followed
 * once and not out of the config's folder unless `config.allowOutside`.
 */
export async function findPairs(config: BitextConfig, cwd: string, options: FindPairsOptions = {}): Promise<FilePair[]> {
  const pairs = new Map<string, FilePair>()
  const langs = [config.source, config.target] as const
  for (const pattern of config.pairs) {
    const matchers = langs.map((lang) => globMatcher(pattern.replaceAll('\\', '/').replaceAll('{lang}', lang)))
    for (const file of await listFiles(config, pattern, cwd, options)) {
      const side = matchers.findIndex((matches) => matches(file))
      if (side === -1) continue
      const key = keyOf(file, langs[side] as string, langs[1 - side] as string, matchers[1 - side] as (file: string) => boolean)
      const pair = pairs.get(key) ?? {source: null, target: null}
      pair[side === 0 ? 'source' : 'target'] = shown(path.resolve(config.root, file), cwd)
      pairs.set(key, pair)
    }
  }
  return [...pairs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, pair]) => {
      if (pair.source !== null && pair.target !== null) return pair
      const lang = pair.source === null ? config.source : config.target
      return {...pair, expected: shown(path.resolve(config.root, key.replace('\u0000', lang)), cwd)}
    })
}

/**
 * The path with its language replaced by a marker, the same for both sides:
 * the first occurrence of `lang` whose replacement by `other` matches the
 * other side's pattern (`docs/en/en.md` → `docs/\0/en.md`).
 */
function keyOf(file: string, lang: string, other: string, matchesOther: (file: string) => boolean): string {
  let first = -1
  for (let at = file.indexOf(lang); at !== -1; at = file.indexOf(lang, at + 1)) {
    if (first === -1) first = at
    if (matchesOther(file.slice(0, at) + other + file.slice(at + lang.length))) return file.slice(0, at) + '\u0000' + file.slice(at + lang.length)
  }
  return file.slice(0, first) + '\u0000' + file.slice(first + lang.length)
}

/** The files under a pattern's fixed folder, as the pattern spells them: relative to the root, or absolute. */
async function listFiles(config: BitextConfig, pattern: string, cwd: string, options: FindPairsOptions): Promise<string[]> {
  const absolute = path.isAbsolute(pattern)
  const start = path.resolve(config.root, staticPrefix(pattern))
  const walked = await walkFiles(config.root, start, config.allowOutside === true ? {allowOutside: true} : {})
  for (const problem of walked.unreadable) options.onUnreadable?.(`${shown(path.resolve(config.root, problem.path), cwd)}: ${problem.reason}`)
  return absolute ? walked.files.map((file) => path.resolve(config.root, file).split(path.sep).join('/')) : walked.files
}

function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/')
}
