import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {align} from '../align/align.js'
import {check as checkAlignment} from '../check/check.js'
import type {CheckOptions} from '../check/check.js'
import {toCheckReport} from '../check/to-check-report.js'
import {parseDocumentLazily} from '../document/parse-lazily.js'
import {decodeText} from '../document/decode-text.js'
import {readDocumentPair} from '../document/read-document-pair.js'
import {readFile} from 'node:fs/promises'
import {InputError} from '../input-error.js'
import {createJob} from '../job/create-job.js'
import type {CreateJobOptions} from '../job/create-job.js'
import {openTranslationMemory} from '../memory/open-memory.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'
import {parseArguments} from './parse-arguments.js'
import {plural} from './plural.js'
import {existing} from './tm-store.js'

const help = `Usage: bitext job <source> <target> -o <job.xlf> [options]

Writes the source blocks that need work (only-in-source, untranslated,
divergent, outdated with --since) as an XLIFF 1.2 (or 2.0) job: a group per block
with its place in the target, a unit per sentence. Prints the word count
(new / fuzzy / exact) on stderr.

Options:
  -o, --output <file>   the job file (required)
  --tm <file|url>       pre-translate from this memory: exact matches as
                        targets to review, fuzzy ones as alt-trans
  --min <score>         lowest fuzzy score offered (default 75)
  --since <file>        the source as it was when translated (enables outdated)
  --xliff-version <v>   1.2 (default) or 2 (XLIFF 2.0)
  -h, --help            show this help
`

/** `bitext job`: read → align → check → plan → pre-translate → write XLIFF. */
export const job: Command = async (args, io) => {
  const {values, positionals} = readArgs(args)
  if (values.help) {
    io.stdout(help)
    return 0
  }
  if (positionals.length !== 2) throw new UsageError(`job: expected <source> <target>, got ${positionals.length} file(s); run 'bitext job --help'`)
  if (values.output === undefined) throw new UsageError("job: missing -o <job.xlf>; run 'bitext job --help'")
  const minScore = readMin(values.min)
  const xliffVersion = readVersion(values['xliff-version'])
  const [sourcePath = '', targetPath = ''] = positionals
  const [source, target] = await readAsGiven(io, sourcePath, targetPath)
  const alignment = align(source, target)
  const checkOptions: CheckOptions = {}
  if (values.since !== undefined) checkOptions.previousSource = await parseDocumentLazily(await readSince(inCwd(io, values.since), values.since), {format: source.format, lang: source.lang})
  const findings = toCheckReport(alignment, checkAlignment(alignment, checkOptions)).findings
  const sourceText = decodeText(await readFile(inCwd(io, sourcePath))).text
  const options: CreateJobOptions = {minScore, original: sourcePath, xliffVersion, sourceText}
  const memory = values.tm === undefined ? undefined : await openMemory(values.tm, io)
  if (memory) options.memory = memory
  try {
    const result = await createJob(alignment, findings, options)
    await writeFile(inCwd(io, values.output), result.xliff)
    const {count} = result
    io.stderr(`${plural(result.blocks.length, 'block')}, ${plural(count.new + count.fuzzy + count.exact, 'word')}: ${count.new} new, ${count.fuzzy} fuzzy, ${count.exact} exact → ${values.output}\n`)
  } finally {
    await memory?.close()
  }
  return 0
}

function readArgs(args: string[]) {
  return parseArguments('job', {
    args,
    allowPositionals: true,
    options: {
      output: {type: 'string', short: 'o'},
      tm: {type: 'string'},
      min: {type: 'string'},
      since: {type: 'string'},
      'xliff-version': {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    }
  })
}

function readMin(value: string | undefined): number {
  if (value === undefined) return 75
  const score = Number(value)
  if (!/^\d+(?:\.\d+)?$/.test(value) || score <= 0 || score >= 100) throw new UsageError(`job: --min must be a score between 0 and 100 (exclusive); got '${value}'`)
  return score
}

function readVersion(value: string | undefined): '1.2' | '2.0' {
  if (value === undefined || value === '1.2') return '1.2'
  if (value === '2' || value === '2.0') return '2.0'
  throw new UsageError(`job: --xliff-version must be 1.2 or 2; got '${value}'`)
}

/** Reads the pair (`readDocumentPair`); an input error names the file as the user wrote it. */
async function readAsGiven(io: Io, sourcePath: string, targetPath: string) {
  try {
    return await readDocumentPair(inCwd(io, sourcePath), inCwd(io, targetPath))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw new InputError(error.code, error.message.replaceAll(inCwd(io, sourcePath), sourcePath).replaceAll(inCwd(io, targetPath), targetPath))
  }
}

function inCwd(io: Io, file: string): string {
  return path.resolve(io.cwd, file)
}

async function readSince(file: string, name: string): Promise<string> {
  return readFile(file, 'utf8').catch(() => {
    throw new InputError('not-found', `${name}: cannot read the --since file; check the path`)
  })
}

async function openMemory(name: string, io: Io) {
  if (/^postgres(?:ql)?:\/\//i.test(name)) return openTranslationMemory(name)
  return openTranslationMemory(await existing(inCwd(io, name), name, "; build one with 'bitext tm build' or 'bitext tm import'"))
}
