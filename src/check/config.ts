import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../input-error.js'
import {expandBraces, TooManyAlternativesError} from './glob-braces.js'
import type {RuleSetting} from './context.js'
import {nearestName} from './nearest-name.js'
import {readRules} from './read-rules.js'
import type {RuleId} from './types.js'

/** `bitext.config.json`: which files pair up, which side is the source, how loud each rule is. */
export interface BitextConfig {
  /** Language of the source side (`{lang}` in the patterns). */
  source: string
  /** Language of the target side. */
  target: string
  /** Path patterns with `{lang}`, relative to the config's folder: `docs/{lang}/**\/*.md`. */
  pairs: string[]
  /** Severity per rule, or `off`. */
  rules: Partial<Record<RuleId, RuleSetting>>
  /** Lexicon (TSV) path, resolved against the config's folder (an absolute one is used as given). */
  lexicon?: string
  /** Glossary (CSV) path, resolved against the config's folder (an absolute one is used as given). */
  glossary?: string
  /** Folder the patterns are relative to. */
  root: string
  /** Let patterns and symbolic links reach outside `root` (`../shared/{lang}/*.md`, `/srv/docs/…`). Default: `false`. */
  allowOutside?: boolean
}

/** The keys a config may have; any other is a misspelling and an error. */
const configKeys = ['$schema', 'source', 'target', 'pairs', 'rules', 'lexicon', 'glossary', 'allowOutside'] as const


/** Reads and validates a config file; problems are `InputError('bad-config')` naming the file. */
export async function readConfig(file: string): Promise<BitextConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new InputError('not-found', `${file}: cannot read the config file; check the path`)
  }
  return parseConfig(text, file)
}

/** Validates the JSON of a config file read from `file`. */
export function parseConfig(text: string, file: string): BitextConfig {
  const fail = (reason: string) => new InputError('bad-config', `${file}: ${reason}`)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw fail(`not JSON (${(error as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw fail('expected an object')
  const raw = value as Record<string, unknown>
  for (const key of Object.keys(raw)) {
    if (!(configKeys as readonly string[]).includes(key)) throw fail(`unknown key "${key}"; did you mean "${nearestName(key, configKeys.slice(1))}"?`)
  }
  const source = raw['source'] ?? 'en'
  const target = raw['target'] ?? 'tr'
  if (typeof source !== 'string' || typeof target !== 'string' || source === target) throw fail('expected "source" and "target" to be two different language tags')
  const pairs = raw['pairs'] ?? []
  if (!Array.isArray(pairs) || !pairs.every((item) => typeof item === 'string' && item.includes('{lang}'))) throw fail('expected "pairs" to be a list of patterns containing {lang}')
  const allowOutside = raw['allowOutside'] ?? false
  if (typeof allowOutside !== 'boolean') throw fail('expected "allowOutside" to be true or false')
  const branchy = pairs.find(tooManyAlternatives)
  if (branchy !== undefined) throw fail(new TooManyAlternativesError(branchy).message)
  const outside = allowOutside ? undefined : pairs.find(leavesFolder)
  if (outside !== undefined) throw fail(`the pattern "${outside}" reaches outside the config's folder; move the files in, or set "allowOutside": true`)
  const root = path.dirname(file)
  const config: BitextConfig = {source, target, pairs, rules: readRules(raw['rules'], fail), root}
  if (allowOutside) config.allowOutside = true
  for (const key of ['lexicon', 'glossary'] as const) {
    const given = raw[key]
    if (given === undefined) continue
    if (typeof given !== 'string') throw fail(`expected "${key}" to be a path`)
    config[key] = path.resolve(root, given)
  }
  return config
}

function tooManyAlternatives(pattern: string): boolean {
  try {
    expandBraces(pattern)
    return false
  } catch (error) {
    if (error instanceof TooManyAlternativesError) return true
    throw error
  }
}

/** An absolute pattern, or one with a `..` segment. */
function leavesFolder(pattern: string): boolean {
  const slashed = pattern.replaceAll('\\', '/')
  return path.isAbsolute(slashed) || /^[A-Za-z]:/u.test(slashed) || slashed.split('/').includes('..')
}

