import path from 'node:path'
import type {CheckFilesOptions} from './check-files.js'
import {checkFiles} from './check-files.js'
import type {BitextConfig} from './config.js'
import {configOptions} from './config-options.js'
import {findPairs} from './find-pairs.js'
import {missingFileReport} from './missing-file.js'
import {InputError} from '../input-error.js'
import {relabelReport} from './relabel.js'
import type {CheckReport} from './types.js'

/** Options of `checkProject`: those of `checkFiles`, and the folder paths are shown from. */
export interface CheckProjectOptions extends CheckFilesOptions {
  /** Folder that printed paths are relative to. Default: `process.cwd()`. */
  cwd?: string
  /**
   * Called with a one-line message (`docs/tr/a.md: no such file; …`) for each file that cannot be
   * read (a broken link, no permission), folder that cannot be listed or link not followed; the other
   * pairs are still checked. Default: an unreadable file throws its `InputError`; folders are skipped.
   */
  onUnreadable?: (message: string) => void
}

const readErrors = new Set(['not-found', 'unreadable', 'is-directory'])

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
  const {cwd = process.cwd(), onUnreadable, ...rest} = options
  const fromConfig = await configOptions({
    rules: config.rules,
    ...(rest.lexicons === undefined && config.lexicon !== undefined ? {lexicon: config.lexicon} : {}),
    ...(rest.glossary === undefined && config.glossary !== undefined ? {glossary: config.glossary} : {})
  })
  const fileOptions: CheckFilesOptions = {sourceLang: config.source, targetLang: config.target, ...fromConfig, ...rest}
  const reports: CheckReport[] = []
  for (const pair of await findPairs(config, cwd, onUnreadable ? {onUnreadable} : {})) {
    const resolve = (file: string) => path.resolve(cwd, file)
    if (pair.source !== null && pair.target !== null) {
      const shownAs = {[resolve(pair.source)]: pair.source, [resolve(pair.target)]: pair.target}
      const report = await unlessUnreadable(checkFiles(resolve(pair.source), resolve(pair.target), fileOptions), shownAs, onUnreadable)
      if (report) reports.push(relabelReport(report, {source: pair.source, target: pair.target}))
      continue
    }
    const file = (pair.source ?? pair.target) as string
    const side = pair.source === null ? 'target' : 'source'
    const missing: Parameters<typeof missingFileReport>[2] = {}
    if (fileOptions.inputFormat !== undefined) missing.inputFormat = fileOptions.inputFormat
    if (pair.expected !== undefined) missing.expected = pair.expected
    const report = await unlessUnreadable(missingFileReport(resolve(file), side, missing), {[resolve(file)]: file}, onUnreadable)
    if (report) reports.push(relabelReport(report, {[side]: file}))
  }
  return reports
}

/** The report, or `undefined` after telling `onUnreadable` that a file could not be read. */
async function unlessUnreadable(
  report: Promise<CheckReport>,
  shownAs: Record<string, string>,
  onUnreadable: CheckProjectOptions['onUnreadable']
): Promise<CheckReport | undefined> {
  try {
    return await report
  } catch (error) {
    if (!onUnreadable || !(error instanceof InputError) || !readErrors.has(error.code)) throw error
    onUnreadable(Object.entries(shownAs).reduce((message, [full, shown]) => message.replaceAll(full, shown), error.message))
    return undefined
  }
}
