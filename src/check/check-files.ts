import {readFile} from 'node:fs/promises'
import {align} from '../align/align.js'
import type {Lexicon} from '../anchors/lexicon.js'
import {parseDocumentLazily} from '../document/parse-lazily.js'
import {readDocument} from '../document/read-document.js'
import type {DocumentFormat} from '../document/types.js'
import {InputError} from '../input-error.js'
import type {CheckOptions} from './check.js'
import {check} from './check.js'
import {previousFromGit} from './since-git.js'
import {toCheckReport} from './to-check-report.js'
import type {CheckReport} from './types.js'

/** Options of `checkFiles`: those of `check`, and how to read the files. */
export interface CheckFilesOptions extends Omit<CheckOptions, 'previousSource'> {
  /** Input format of both files. Default `'auto'`. */
  inputFormat?: DocumentFormat | 'auto'
  /** Language of the source. Default: detected. */
  sourceLang?: string
  /** Language of the target. Default: detected. */
  targetLang?: string
  /** Path of the source as it was when the translation was made; enables `outdated`. Default: none. */
  since?: string
  /** Take that older source from git: the source revision, up to the target's last commit, that the target matches best (`previousFromGit`). Default `false`. */
  sinceGit?: boolean
  /** In a shallow clone, let `sinceGit` check without history (calling `onWarning`) instead of throwing `InputError('shallow-clone')`. Default `false`. */
  allowShallow?: boolean
  /** Called with the message of a problem that did not stop the check (a shallow clone allowed). Default: none. */
  onWarning?: (message: string) => void
}

/**
 * The whole pipeline for one pair of files: read → align → check → JSON
 * report. Paths are printed as given.
 *
 * @example
 *   const report = await checkFiles('tr.txt', 'en.txt')
 *   report.summary // => {error: 2, warning: 2, info: 0}
 */
export async function checkFiles(sourcePath: string, targetPath: string, options: CheckFilesOptions = {}): Promise<CheckReport> {
  const format = options.inputFormat ?? 'auto'
  const source = await readDocument(sourcePath, withLang({format}, options.sourceLang))
  const target = await readDocument(targetPath, withLang({format}, options.targetLang))
  const previous = await readPrevious(sourcePath, targetPath, options)
  const lexicons: readonly Lexicon[] = options.lexicons ?? []
  const alignment = align(source, target, {lexicons})
  const checkOptions: CheckOptions = {lexicons}
  if (options.rules) checkOptions.rules = options.rules
  if (options.glossary) checkOptions.glossary = options.glossary
  if (previous !== undefined) checkOptions.previousSource = await parseDocumentLazily(previous, {format: source.format, lang: source.lang})
  return toCheckReport(alignment, check(alignment, checkOptions), {sourcePath, targetPath})
}

function withLang(options: {format: DocumentFormat | 'auto'}, lang: string | undefined) {
  return lang === undefined ? options : {...options, lang}
}

async function readPrevious(sourcePath: string, targetPath: string, options: CheckFilesOptions): Promise<string | undefined> {
  if (options.since !== undefined) return readPreviousFile(options.since)
  if (options.sinceGit) return previousFromGitUnlessShallow(sourcePath, targetPath, options)
  return undefined
}

async function previousFromGitUnlessShallow(sourcePath: string, targetPath: string, options: CheckFilesOptions): Promise<string | undefined> {
  try {
    return await previousFromGit(sourcePath, targetPath)
  } catch (error) {
    if (!options.allowShallow || !(error instanceof InputError) || error.code !== 'shallow-clone') throw error
    options.onWarning?.(`${error.message.replace(/; run 'git fetch.*$/u, '')}; checked without history (--allow-shallow)`)
    return undefined
  }
}

async function readPreviousFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    throw new InputError('not-found', `${path}: cannot read the --since file; check the path`)
  }
}
