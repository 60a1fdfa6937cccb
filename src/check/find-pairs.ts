import {readdir} from 'node:fs/promises'
import path from 'node:path'
import type {BitextConfig} from './config.js'
import {globToRegExp, staticPrefix} from './glob.js'

/** Two files that translate each other; `null` on the side that has no file. */
export interface FilePair {
  source: string | null
  target: string | null
  /** Where the missing side's file was expected, when one side is `null`. */
  expected?: string
}

/**
 * The file pairs of a config: every file matching a pattern with `{lang}` set
 * to the source or the target language, paired with the file whose path
 * differs only there. Paths are relative to `cwd` when inside it. Sorted by
 * path; `node_modules` and dot folders are not searched.
 */
export async function findPairs(config: BitextConfig, cwd: string): Promise<FilePair[]> {
  const pairs = new Map<string, FilePair>()
  for (const pattern of config.pairs) {
    const matcher = globToRegExp(pattern, [config.source, config.target])
    for (const file of await listFiles(path.join(config.root, staticPrefix(pattern)), config.root)) {
      const match = matcher.exec(file)
      const lang = match?.groups?.['lang']
      if (!match || lang === undefined) continue
      const key = keyOf(file, match, lang)
      const pair = pairs.get(key) ?? {source: null, target: null}
      pair[lang === config.source ? 'source' : 'target'] = shown(path.join(config.root, file), cwd)
      pairs.set(key, pair)
    }
  }
  return [...pairs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, pair]) => {
      if (pair.source !== null && pair.target !== null) return pair
      const lang = pair.source === null ? config.source : config.target
      return {...pair, expected: shown(path.join(config.root, key.replace('\u0000', lang)), cwd)}
    })
}

/** The path with the matched language replaced by a marker, the same for both sides. */
function keyOf(file: string, match: RegExpExecArray, lang: string): string {
  const at = match.indices?.groups?.['lang']?.[0] ?? file.indexOf(lang)
  return file.slice(0, at) + '\u0000' + file.slice(at + lang.length)
}

async function listFiles(directory: string, root: string): Promise<string[]> {
  let entries: string[]
  try {
    entries = await readdir(directory, {recursive: true})
  } catch {
    return []
  }
  return entries
    .map((entry) => path.relative(root, path.join(directory, entry)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part === 'node_modules' || (part.startsWith('.') && part !== '.' && part !== '..')))
}

function shown(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/')
}
