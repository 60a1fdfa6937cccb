import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {CheckReport} from '../check/types.js'
import {InputError} from '../input-error.js'
import {renderHtmlReport} from '../report/html-report.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'

const usage = `Usage: bitext report <source> <target> [-o report.html]
       bitext report --json report.json [-o report.html]

Writes the side-by-side HTML report: one file, opens from disk, no network.

Options:
  -o, --output <file>   write the page there and print its path (default: stdout)
  --json <file>         render a saved 'bitext check --format json' report instead
  --title <text>        page title (default: 'bitext report: <source> ⇄ <target>')
  -h, --help            show this help
`

/** `bitext report`: renders the check report of a pair (or a saved JSON report) as HTML. */
export const report: Command = async (args, io) => {
  const {values, positionals} = parseOptions(args)
  if (values.help) {
    io.stdout(usage)
    return 0
  }
  const checkReport = await loadReport(values.json, positionals, io)
  const html = renderHtmlReport(checkReport, values.title === undefined ? {} : {title: values.title})
  if (values.output === undefined) {
    io.stdout(html)
    return 0
  }
  const file = path.resolve(io.cwd, values.output)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, html)
  io.stdout(`${file}\n`)
  return 0
}

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        output: {type: 'string', short: 'o'},
        json: {type: 'string'},
        title: {type: 'string'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    throw new UsageError(`report: ${(error as Error).message}`)
  }
}

async function loadReport(json: string | undefined, positionals: string[], io: Io): Promise<CheckReport> {
  if (json !== undefined) {
    if (positionals.length > 0) throw new UsageError('report: give either <source> <target> or --json, not both')
    return readJsonReport(path.resolve(io.cwd, json))
  }
  if (positionals.length !== 2) throw new UsageError("report: expected <source> <target>; run 'bitext report --help'")
  throw new UsageError('report: checking files is not available yet; use --json with a saved check report')
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
