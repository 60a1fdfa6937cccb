import {readFile} from 'node:fs/promises'
import {align} from '../align/align.js'
import {alignWindows} from '../align/align-windows.js'
import type {WindowOptions} from '../align/align-windows.js'
import type {Lexicon} from '../anchors/lexicon.js'
import {parseDocumentLazily} from '../document/parse-lazily.js'
import {isLargePair} from '../document/pair-size.js'
import {readDocumentPair, readDocumentStreamPair} from '../document/read-document-pair.js'
import type {DocumentFormat} from '../document/types.js'
import {InputError} from '../input-error.js'
import type {CheckOptions} from './check.js'
import {check} from './check.js'
import {joinReports, windowReports} from './check-windows.js'
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
  /** Encoding of the source file (a WHATWG label: `iso-8859-2`, `windows-1251`, …). Default: detected (see `decodeText`). */
  sourceEncoding?: string
  /** Encoding of the target file. Default: detected. */
  targetEncoding?: string
  /** Path of the source as it was when the translation was made; enables `outdated`. Default: none. */
  since?: string
  /** Take that older source from git: the source revision, up to the target's last commit, that the target matches best (`previousFromGit`). Default `false`. */
  sinceGit?: boolean
  /** In a shallow clone, let `sinceGit` check without history (calling `onWarning`) instead of throwing `InputError('shallow-clone')`. Default `false`. */
  allowShallow?: boolean
  /** Called with the message of a problem that did not stop the check (a shallow clone allowed). Default: none. */
  onWarning?: (message: string) => void
  /**
   * Size in bytes of both files together from which the pair is read as streams and checked
   * window by window (`alignWindows`, `checkWindows`), so that memory stays bounded whatever the
   * size; `outdated` is then not run. Default: 16 MiB.
   */
  windowedFrom?: number
  /** Window sizes of a windowed check (`WindowOptions`). Default: those of `alignWindows`. */
  window?: Pick<WindowOptions, 'windowBlocks' | 'windowChars'>
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
  if (await isWindowed(sourcePath, targetPath, options)) return joinReports(await checkFilesInWindows(sourcePath, targetPath, options))
  const [source, target] = await readDocumentPair(sourcePath, targetPath, {
    source: readOptions(format, options.sourceLang, options.sourceEncoding),
    target: readOptions(format, options.targetLang, options.targetEncoding)
  })
  const previous = await readPrevious(sourcePath, targetPath, options)
  const checkOptions = checkOptionsOf(options)
  const alignment = align(source, target, {lexicons: checkOptions.lexicons ?? []})
  if (previous !== undefined) checkOptions.previousSource = await parseDocumentLazily(previous, {format: source.format, lang: source.lang})
  return toCheckReport(alignment, check(alignment, checkOptions), {sourcePath, targetPath})
}

/** Whether `checkFiles` checks this pair window by window: both files together are `windowedFrom` bytes or more. */
export async function isWindowed(sourcePath: string, targetPath: string, options: Pick<CheckFilesOptions, 'windowedFrom'> = {}): Promise<boolean> {
  return isLargePair(sourcePath, targetPath, options.windowedFrom)
}

/**
 * `checkFiles` one window at a time, for a pair too large to hold: both files read as streams
 * (`streamDocument`), aligned by `alignWindows` and checked by `windowReports`, each report
 * numbered in the whole documents and made when iterated. `outdated` needs the whole older
 * source, so `since` and `sinceGit` only warn (`onWarning`) that it was not run.
 *
 * @example
 *   for (const part of await checkFilesInWindows('tr.md', 'en.md')) console.log(part.findings.length)
 */
export async function checkFilesInWindows(sourcePath: string, targetPath: string, options: CheckFilesOptions = {}): Promise<Iterable<CheckReport>> {
  const format = options.inputFormat ?? 'auto'
  const [source, target] = await readDocumentStreamPair(sourcePath, targetPath, {
    source: readOptions(format, options.sourceLang, options.sourceEncoding),
    target: readOptions(format, options.targetLang, options.targetEncoding)
  })
  if (options.since !== undefined || options.sinceGit) options.onWarning?.(`${sourcePath}: checked window by window, without \`outdated\` (it needs the whole older source)`)
  const checkOptions = checkOptionsOf(options)
  return windowReports(alignWindows(source, target, {lexicons: checkOptions.lexicons ?? [], ...options.window}), {...checkOptions, sourcePath, targetPath})
}

/** The options of `check` among those of `checkFiles` (lexicons always set, as `align` takes them too). */
function checkOptionsOf(options: CheckFilesOptions): CheckOptions {
  const lexicons: readonly Lexicon[] = options.lexicons ?? []
  const checkOptions: CheckOptions = {lexicons}
  if (options.rules) checkOptions.rules = options.rules
  if (options.glossary) checkOptions.glossary = options.glossary
  return checkOptions
}

/** How to read one file of the pair: the format, and the language and encoding when they are given. */
function readOptions(format: DocumentFormat | 'auto', lang: string | undefined, encoding: string | undefined): {format: DocumentFormat | 'auto'; lang?: string; encoding?: string} {
  return {format, ...(lang === undefined ? {} : {lang}), ...(encoding === undefined ? {} : {encoding})}
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
