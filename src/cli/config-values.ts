import {existsSync} from 'node:fs'
import path from 'node:path'
import type {CheckFilesOptions} from '../check/check-files.js'
import type {BitextConfig} from '../check/config.js'
import {readConfig} from '../check/config.js'
import {readGlossaryFile, readLexiconFile} from '../check/config-options.js'
import type {Io} from './io.js'

/** A config read, and the file it came from (for messages). */
export interface LoadedConfig {
  config: BitextConfig
  file: string
}

/** `--config <file>`, else `bitext.config.json` in the working folder when present. */
export async function loadConfig(given: string | undefined, io: Io): Promise<LoadedConfig | undefined> {
  const file = path.resolve(io.cwd, given ?? 'bitext.config.json')
  if (given === undefined && !existsSync(file)) return undefined
  return {config: await readConfig(file), file}
}

/**
 * The config's `rules`, `lexicon` and `glossary`, with `--lexicon` and
 * `--glossary` taking precedence: what `bitext check` and `bitext report` share.
 */
export async function termOptions(values: {lexicon?: string | undefined; glossary?: string | undefined}, config: BitextConfig | undefined, io: Io): Promise<CheckFilesOptions> {
  const options: CheckFilesOptions = {}
  if (config) options.rules = config.rules
  const lexicon = values.lexicon === undefined ? config?.lexicon : path.resolve(io.cwd, values.lexicon)
  if (lexicon !== undefined) options.lexicons = [await readLexiconFile(lexicon)]
  const glossary = values.glossary === undefined ? config?.glossary : path.resolve(io.cwd, values.glossary)
  if (glossary !== undefined) options.glossary = await readGlossaryFile(glossary)
  return options
}
