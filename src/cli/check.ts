import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Baseline, BaselineEntry} from '../check/baseline.js'
import {applyBaseline, createBaseline, parseBaseline} from '../check/baseline.js'
import type {CheckFilesOptions} from '../check/check-files.js'
import {checkFiles, isWindowed} from '../check/check-files.js'
import {pairSize} from '../document/pair-size.js'
import type {BitextConfig} from '../check/config.js'
import {checkProject} from '../check/check-project.js'
import {findPairs} from '../check/find-pairs.js'
import {relabelReport} from '../check/relabel.js'
import {severityRank} from '../check/rule-table.js'
import type {CheckReport, FindingJson} from '../check/types.js'
import {InputError} from '../input-error.js'
import type {ReportFormat} from '../report/format-reports.js'
import {formatReports} from '../report/format-reports.js'
import {jsonValue} from '../report/json.js'
import {escapeProperty} from '../report/github.js'
import {terminalSafe} from '../report/terminal-safe.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'
import {readInputFormat} from './input-format.js'
import {allowShallow} from './allow-shallow.js'
import {limitHeapGrowth} from './heap-growth.js'
import type {LoadedConfig} from './config-values.js'
import {loadConfig, termOptions} from './config-values.js'
import {encodingFlags, encodingsOf} from './encoding-options.js'
import {parseArguments} from './parse-arguments.js'
import {runSummary} from './run-summary.js'
import {bufferedWriter, writeJson} from './stream-json.js'
import type {Spool} from './spool.js'
import {createSpool} from './spool.js'
import {windowedCheck} from './windowed-check.js'
import {bitextVersion} from '../version.js'

const help = `Usage: bitext check [<source> <target>] [options]

Reports divergences between a document and its translation. Without files,
checks every pair of bitext.config.json (or --config).

Options:
  --format <f>          stylish (default), json, sarif, github, junit, html
  --fail-on <level>     exit 1 when a finding is at least: error (default), warning, info, never
  --config <file>       config file (default: bitext.config.json when present)
  --baseline <file>     suppress the findings stored in this baseline
  --write-baseline <f>  store today's findings as a baseline (and exit 0)
  --since <file>        the source as it was when translated (enables outdated)
  --since-git           take that source from git (the revision the target matches best)
  --allow-shallow       in a shallow clone, warn and check without history instead of exit 2
  --glossary <file>     CSV or TBX of required term translations (enables glossary)
  --lexicon <file>      TSV of equivalent terms, added to the built-in one
  --input-format <f>    auto (default), text, markdown, html, lines
  --source-lang <tag>   language of the source (BCP 47); default: detected from its whole text
  --target-lang <tag>   language of the target; default: detected from its whole text
  --encoding <name>     encoding of both files, e.g. iso-8859-2, windows-1251 (default:
                        detected: byte-order mark, UTF-8, declared charset, Turkish
                        single-byte); --source-encoding, --target-encoding: one file
  --windowed            read, align and check the pair window by window, in bounded
                        memory (default for two files of 16 MiB or more together;
                        moves between windows and outdated are not seen)
  -h, --help            show this help
`

const formats = ['stylish', 'json', 'sarif', 'github', 'junit', 'html']
const failLevels = ['error', 'warning', 'info', 'never']

/** `bitext check`: read → align → check → print, exit 1 on findings at or above --fail-on. */
export const check: Command = async (args, io) => {
  const {values, positionals} = readArgs(args)
  if (values.help) {
    io.stdout(help)
    return 0
  }
  const format = choose(values.format ?? 'stylish', formats, '--format')
  const failOn = choose(values['fail-on'] ?? 'error', failLevels, '--fail-on')
  const loaded = await loadConfig(values.config, io)
  const config = loaded?.config
  const options = await pairOptions(values, config, io)
  const unreadable: string[] = []
  const spool = {current: undefined as Spool | undefined}
  try {
    return await report(await runPairs(positionals, loaded, options, io, {unreadable, spool, format}), {values, format, failOn, unreadable, spool: spool.current}, io)
  } finally {
    spool.current?.remove()
  }
}

interface Run {
  values: Values
  format: string
  failOn: string
  unreadable: string[]
  /** What a pair checked window by window keeps on disk: its findings, blocks and beads. */
  spool: Spool | undefined
}

/** Prints the reports, writes or applies a baseline, and gives the exit code. */
async function report(checked: CheckReport[], run: Run, io: Io): Promise<number> {
  const {values, format, unreadable, spool} = run
  // A windowed pair's findings wait in the spool: --format json reads them from there while it prints them.
  const streamed = spool !== undefined && format === 'json' && values.baseline === undefined && values['write-baseline'] === undefined
  let reports = spool && !streamed ? checked.map((one) => ({...one, findings: [...spool.list('findings')] as FindingJson[]})) : checked
  if (values['write-baseline'] !== undefined) await writeFile(inCwd(io, values['write-baseline']), JSON.stringify(createBaseline(reports), null, 2) + '\n')
  if (values.baseline !== undefined) reports = await suppress(reports, await loadBaseline(inCwd(io, values.baseline)), io, format)
  if (format === 'html' && reports.length !== 1) throw new UsageError(`check: --format html shows one pair, got ${reports.length}; use 'bitext report' per pair or --format json`)
  const code = exitCode(reports, run)
  io.settle?.(code)
  if (format === 'json') await writeReportsJson(reports, io, spool && {spool, findings: streamed})
  else io.stdout(formatReports(reports, format as ReportFormat, {color: io.stdoutIsTty, toolVersion: bitextVersion()}))
  io.stderr(runSummary(reports))
  for (const message of unreadable) io.stderr(`bitext: ${terminalSafe(message)}; the other files were checked\n`)
  return code
}

/** 2 when a file could not be read, 0 for `--write-baseline`, else 1 when a finding reaches `--fail-on`. */
function exitCode(reports: CheckReport[], {values, failOn, unreadable}: Run): number {
  if (unreadable.length > 0) return 2
  if (values['write-baseline'] !== undefined) return 0
  return failOn !== 'never' && reaches(reports, failOn as 'error' | 'warning' | 'info') ? 1 : 0
}

/**
 * `formatJson`'s text, written a batch of findings and blocks at a time in pieces of 64 KiB: the
 * report of 50 MB a side is some 350 MB of JSON, which as one string would cost twice that.
 */
async function writeReportsJson(reports: CheckReport[], io: Io, spooled: {spool: Spool; findings: boolean} | undefined): Promise<void> {
  const buffer = bufferedWriter(io.stdout)
  const value = {...jsonValue(reports)} as unknown as Record<string, unknown>
  if (spooled) {
    const {spool} = spooled
    if (spooled.findings) value['findings'] = spool.list('findings')
    value['alignment'] = {source: spool.list('source'), target: spool.list('target'), beads: spool.list('beads')}
  }
  await writeJson(value, buffer.write, async () => {
    buffer.flush()
    await io.stdoutDrained?.()
  })
  buffer.write('\n')
  buffer.flush()
}

function readArgs(args: string[]) {
  return parseArguments('check', {
    args,
    allowPositionals: true,
    options: {
      format: {type: 'string'},
      'fail-on': {type: 'string'},
      config: {type: 'string'},
      baseline: {type: 'string'},
      'write-baseline': {type: 'string'},
      since: {type: 'string'},
      'since-git': {type: 'boolean'},
      'allow-shallow': {type: 'boolean'},
      glossary: {type: 'string'},
      lexicon: {type: 'string'},
      'input-format': {type: 'string'},
      'source-lang': {type: 'string'},
      'target-lang': {type: 'string'},
      ...encodingFlags,
      windowed: {type: 'boolean'},
      help: {type: 'boolean', short: 'h'}
    }
  })
}

function choose(value: string, allowed: string[], name: string): string {
  if (!allowed.includes(value)) throw new UsageError(`check: ${name} must be one of ${allowed.join(', ')}; got '${value}'`)
  return value
}

type Values = ReturnType<typeof readArgs>['values']

async function pairOptions(values: Values, config: BitextConfig | undefined, io: Io): Promise<CheckFilesOptions> {
  const options: CheckFilesOptions = {
    inputFormat: readInputFormat('check', values['input-format']),
    ...(await termOptions(values, config, io))
  }
  if (values['source-lang'] !== undefined) options.sourceLang = values['source-lang']
  if (values['target-lang'] !== undefined) options.targetLang = values['target-lang']
  const encodings = encodingsOf(values)
  if (encodings.source !== undefined) options.sourceEncoding = encodings.source
  if (encodings.target !== undefined) options.targetEncoding = encodings.target
  if (values.since !== undefined) options.since = inCwd(io, values.since)
  if (values['since-git']) options.sinceGit = true
  if (values.windowed) options.windowedFrom = 0
  const warnings = allowShallow(io)
  return values['allow-shallow'] ? {...options, ...warnings} : {...options, onWarning: warnings.onWarning}
}

async function readAny(file: string, flag: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    throw new InputError('not-found', `${file}: cannot read the ${flag} file; check the path`)
  }
}

async function runPairs(positionals: string[], loaded: LoadedConfig | undefined, options: CheckFilesOptions, io: Io, run: {unreadable: string[]; spool: {current: Spool | undefined}; format: string}): Promise<CheckReport[]> {
  const {unreadable, spool} = run
  if (positionals.length === 2) {
    const [source = '', target = ''] = positionals
    const [sourcePath, targetPath] = [inCwd(io, source), inCwd(io, target)]
    limitHeapGrowth(await pairSize(sourcePath, targetPath))
    if (await isWindowed(sourcePath, targetPath, options)) {
      if (run.format === 'html') throw new UsageError('check: --format html shows a pair under 16 MiB (both files together); a larger one is checked window by window: use --format json')
      spool.current = createSpool()
      // Not asked for: say so, since a window does not see moves between windows, nor runs `outdated`.
      if (options.windowedFrom !== 0) io.stderr(`bitext: ${terminalSafe(source)} and ${terminalSafe(target)} are 16 MiB or more together: checked window by window (--windowed)\n`)
    }
    if (spool.current) return [await asGiven(windowedCheck({source: sourcePath, target: targetPath}, {source, target}, options, spool.current), io, [source, target])]
    const report = await asGiven(checkFiles(sourcePath, targetPath, options), io, [source, target])
    return [relabelReport(report, {source, target})]
  }
  if (positionals.length !== 0) throw new UsageError(`check: expected <source> <target>, got ${positionals.length} file(s); run 'bitext check --help'`)
  if (!loaded) throw new UsageError("check: expected <source> <target>, or a bitext.config.json with \"pairs\"; run 'bitext check --help'")
  const {config, file} = loaded
  if (config.pairs.length === 0) throw new InputError('bad-config', `${file}: "pairs" is empty, so nothing would be checked; add a pattern such as "docs/{lang}/**/*.md"`)
  for (const pattern of config.pairs) {
    if ((await findPairs({...config, pairs: [pattern]}, io.cwd)).length > 0) continue
    throw new InputError('bad-config', `${file}: no file matches the pattern "${pattern}" with {lang} = ${config.source} or ${config.target}; check the patterns`)
  }
  return checkProject(config, {...options, cwd: io.cwd, onUnreadable: (message) => unreadable.push(message)})
}

/** Input errors name the files as the user wrote them, not as resolved. */
async function asGiven<T>(promise: Promise<T>, io: Io, files: string[]): Promise<T> {
  try {
    return await promise
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    const message = files.reduce((text, file) => text.replaceAll(inCwd(io, file), file), error.message)
    throw new InputError(error.code, message)
  }
}

/** `file` as given on the command line, resolved against the working directory. */
function inCwd(io: Io, file: string): string {
  return path.resolve(io.cwd, file)
}

async function loadBaseline(file: string): Promise<Baseline> {
  return parseBaseline(await readAny(file, '--baseline'), file)
}

async function suppress(reports: CheckReport[], baseline: Baseline, io: Io, format: string): Promise<CheckReport[]> {
  const line = (entry: BaselineEntry) => entryLine(entry, format === 'github' ? escapeProperty : terminalSafe)
  const result = applyBaseline(reports, baseline)
  if (result.stale.length > 0) {
    io.stderr(`bitext: ${result.stale.length} baseline ${result.stale.length === 1 ? 'entry no longer occurs' : 'entries no longer occur'} (fixed; remove them with --write-baseline):\n`)
    for (const entry of result.stale) io.stderr(line(entry))
  }
  if (result.edited.length > 0) {
    io.stderr(`bitext: ${result.edited.length} baseline ${result.edited.length === 1 ? 'entry was' : 'entries were'} edited since (not fixed: the finding is reported as new):\n`)
    for (const entry of result.edited) io.stderr(line(entry))
  }
  return result.reports
}

/**
 * A baseline entry on one line, its strings escaped by `escape`: control characters always; with
 * `--format github` also `%`, `:` and `,` as in a workflow command's properties, because the runner
 * reads stderr too and a line that starts with `::` after its indent would be a command.
 */
function entryLine(entry: BaselineEntry, escape: (text: string) => string): string {
  return `  ${[entry.fingerprint, entry.file, entry.rule, entry.message].map((field) => escape(String(field))).join('  ')}\n`
}

function reaches(reports: CheckReport[], level: 'error' | 'warning' | 'info'): boolean {
  return reports.some((report) => (['error', 'warning', 'info'] as const).some((severity) => report.summary[severity] > 0 && severityRank[severity] >= severityRank[level]))
}
