import path from 'node:path'
import type {CheckFilesOptions} from './check-files.js'
import {checkFiles} from './check-files.js'
import type {BitextConfig} from './config.js'
import {configOptions} from './config-options.js'
import {findPairs} from './find-pairs.js'
import {missingFileReport} from './missing-file.js'
import {relabelReport} from './relabel.js'
import type {CheckReport} from './types.js'

/** Options of `checkProject`: those of `checkFiles`, and the folder paths are shown from. */
export interface CheckProjectOptions extends CheckFilesOptions {
  /** Folder that printed paths are relative to. Default: `process.cwd()`. */
  cwd?: string
}

/**
 * Checks every file pair of a configuration (`findPairs`), with the
 * configuration's languages, `rules`, `lexicon` and `glossary` (options given
 * here take precedence), as `bitext check` does: one report per pair, and for a file without
 * counterpart a report with one `only-in-*` finding naming where the
 * counterpart was expected.
 *
 * @example
 *   const reports = await checkProject(await readConfig('bitext.config.json'))
 */
export async function checkProject(config: BitextConfig, options: CheckProjectOptions = {}): Promise<CheckReport[]> {
  const {cwd = process.cwd(), ...rest} = options
  const fromConfig = await configOptions({
    rules: config.rules,
    ...(rest.lexicons === undefined && config.lexicon !== undefined ? {lexicon: config.lexicon} : {}),
    ...(rest.glossary === undefined && config.glossary !== undefined ? {glossary: config.glossary} : {})
  })
  const fileOptions: CheckFilesOptions = {sourceLang: config.source, targetLang: config.target, ...fromConfig, ...rest}
  const reports: CheckReport[] = []
  for (const pair of await findPairs(config, cwd)) {
    const resolve = (file: string) => path.resolve(cwd, file)
    if (pair.source !== null && pair.target !== null) {
      const report = await checkFiles(resolve(pair.source), resolve(pair.target), fileOptions)
      reports.push(relabelReport(report, {source: pair.source, target: pair.target}))
      continue
    }
    const file = (pair.source ?? pair.target) as string
    const side = pair.source === null ? 'target' : 'source'
    const missing: Parameters<typeof missingFileReport>[2] = {}
    if (fileOptions.inputFormat !== undefined) missing.inputFormat = fileOptions.inputFormat
    if (pair.expected !== undefined) missing.expected = pair.expected
    reports.push(relabelReport(await missingFileReport(resolve(file), side, missing), {[side]: file}))
  }
  return reports
}
