import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {CheckFilesOptions} from '../check/check-files.js'
import {checkFiles} from '../check/check-files.js'
import {isLargePair} from '../document/pair-size.js'
import type {CheckReport} from '../check/types.js'
import {InputError} from '../input-error.js'
import {renderHtmlReport} from '../report/html-report.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'
import {readInputFormat} from './input-format.js'
import {allowShallow} from './allow-shallow.js'
import {loadConfig, termOptions} from './config-values.js'
import {encodingFlags, encodingsOf} from './encoding-options.js'
import {parseArguments} from './parse-arguments.js'

const usage = `Usage: bitext report <source> <target> [-o report.html]
       bitext report --json report.json [-o report.html]

Writes the side-by-side HTML report: one file, opens from disk, no network.

Options:
  -o, --output <file>       write the page there and print its path (default: stdout)
  --json <file>             render a saved 'bitext check --format json' report instead
  --title <text>            page title (default: 'bitext report: <source> ⇄ <target>')
  --input-format <format>   auto, text, markdown, html or lines (default: auto)
  --source-lang <tag>       language of the source (BCP 47); default: detected from its whole text
  --target-lang <tag>       language of the target; default: detected from its whole text
  --encoding <name>         encoding of both files, e.g. iso-8859-2, windows-1251 (default: detected)
  --source-encoding, --target-encoding <name>
                            encoding of one file (over --encoding)
  --since <file>            the source as it was when translated (enables 'outdated')
  --since-git               take that older source from git
  --allow-shallow           in a shallow clone, warn and check without history instead of exit 2
  --config <file>           config whose rules, lexicon and glossary apply
                            (default: bitext.config.json when present), as in 'bitext check'
  --glossary <file>         CSV or TBX of required term translations (enables 'glossary')
  --lexicon <file>          TSV of equivalent terms, added to the built-in one
  -h, --help                show this help
`

/** `bitext report`: renders the check report of a pair (or a saved JSON report) as HTML. */
export const report: Command = async (args, io) => {
  const {values, positionals} = parseOptions(args)
  if (values.help) {
    io.stdout(usage)
    return 0
  }
  const checkReport = await loadReport(values, positionals, io)
  const html = renderHtmlReport(checkReport, values.title === undefined ? {} : {title: values.title})
  if (values.output === undefined) {
    io.stdout(html)
    return 0
  }
  const file = path.resolve(io.cwd, values.output)
  createFolder(path.dirname(file))
  writeFileSync(file, html)
  io.stdout(`${file}\n`)
  return 0
}

/** Creates the folder of `-o` and those above it; a file in the way is named in full (Node names only its last part). */
function createFolder(folder: string): void {
  try {
    mkdirSync(folder, {recursive: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST' || code === 'ENOTDIR') throw Object.assign(new Error(`cannot create the folder ${folder}`), {code: 'ENOTDIR', path: folder, syscall: 'create the folder'})
    throw error
  }
}

function parseOptions(args: string[]) {
  return parseArguments('report', {
    args,
    allowPositionals: true,
    options: {
      output: {type: 'string', short: 'o'},
      json: {type: 'string'},
      title: {type: 'string'},
      'input-format': {type: 'string'},
      'source-lang': {type: 'string'},
      'target-lang': {type: 'string'},
      ...encodingFlags,
      since: {type: 'string'},
      'since-git': {type: 'boolean'},
      'allow-shallow': {type: 'boolean'},
      config: {type: 'string'},
      glossary: {type: 'string'},
      lexicon: {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    }
  })
}

type Values = ReturnType<typeof parseOptions>['values']


async function loadReport(values: Values, positionals: string[], io: Io): Promise<CheckReport> {
  if (values.json !== undefined) {
    if (positionals.length > 0) throw new UsageError('report: give either <source> <target> or --json, not both')
    return readJsonReport(path.resolve(io.cwd, values.json))
  }
  const [source, target, ...rest] = positionals
  if (source === undefined || target === undefined || rest.length > 0) {
    throw new UsageError("report: expected <source> <target>; run 'bitext report --help'")
  }
  // Paths are shown as given; relative to `io.cwd` when it is not the process's.
  const resolve = (file: string) => (io.cwd === process.cwd() ? file : path.resolve(io.cwd, file))
  // One page holds the whole pair: past the size `check` goes window by window, it would not open in a browser.
  if (await isLargePair(resolve(source), resolve(target))) {
    throw new UsageError("report: shows a pair under 16 MiB (both files together); a larger one is checked window by window: use 'bitext check --format json'")
  }
  return checkFiles(resolve(source), resolve(target), await checkOptions(values, resolve, io))
}

async function checkOptions(values: Values, resolve: (file: string) => string, io: Io): Promise<CheckFilesOptions> {
  const options: CheckFilesOptions = await termOptions(values, (await loadConfig(values.config, io))?.config, io)
  if (values['input-format'] !== undefined) options.inputFormat = readInputFormat('report', values['input-format'])
  if (values['source-lang'] !== undefined) options.sourceLang = values['source-lang']
  if (values['target-lang'] !== undefined) options.targetLang = values['target-lang']
  const encodings = encodingsOf(values)
  if (encodings.source !== undefined) options.sourceEncoding = encodings.source
  if (encodings.target !== undefined) options.targetEncoding = encodings.target
  if (values.since !== undefined) options.since = resolve(values.since)
  if (values['since-git']) options.sinceGit = true
  return values['allow-shallow'] ? {...options, ...allowShallow(io)} : options
}

/** Reads a `bitext check --format json` report of one pair. */
function readJsonReport(file: string): CheckReport {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new InputError('not-found', `cannot read ${file}`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new InputError('malformed-json', `${file} is not valid JSON`)
  }
  if (!isCheckReport(value)) {
    throw new InputError('not-a-report', `${file} is not the JSON report of one pair ('bitext check --format json')`)
  }
  return value
}

function isCheckReport(value: unknown): value is CheckReport {
  const report = value as Partial<CheckReport> | null
  return (
    typeof report === 'object' && report !== null && report.version === 1 &&
    Array.isArray(report.findings) && Array.isArray(report.alignment?.beads) &&
    Array.isArray(report.alignment?.source) && Array.isArray(report.alignment?.target)
  )
}
