import {copyFile, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {formatFromPath} from '../document/format-from-path.js'
import {parseDocumentLazily} from '../document/parse-lazily.js'
import {InputError} from '../input-error.js'
import {applyJob} from '../job/apply-job.js'
import {reviewedUnits} from '../job/reviewed-units.js'
import {openTranslationMemory} from '../memory/open-memory.js'
import {readXliffFile} from './read-xliff-file.js'
import type {XliffDocument} from '../format/xliff.js'
import type {BitextDocument} from '../document/types.js'
import type {Command, Io} from './io.js'
import {UsageError} from './io.js'
import {parseArguments} from './parse-arguments.js'
import {plural} from './plural.js'
import {existing} from './tm-store.js'

const help = `Usage: bitext apply <job.xlf> --to <target> (-o <file> | --in-place) [options]

Puts each translated block of a job (from 'bitext job') into the target
document at its aligned place, in the target's format. Blocks with an
untranslated unit are left out and listed on stderr.

Options:
  --to <file>           the target document the job was made against (required)
  -o, --output <file>   write the new target here
  --in-place            overwrite the target instead
  --tm <file|url>       add the reviewed units (state translated, signed-off, reviewed, final) to this memory
  -h, --help            show this help
`

/** \`bitext apply\`: read the job and the target → apply → write, list what was left out. */
export const apply: Command = async (args, io) => {
  const {values, positionals} = readArgs(args)
  if (values.help) {
    io.stdout(help)
    return 0
  }
  if (positionals.length !== 1) throw new UsageError(`apply: expected one <job.xlf>, got ${positionals.length} file(s); run 'bitext apply --help'`)
  if (values.to === undefined) throw new UsageError("apply: missing --to <target>; run 'bitext apply --help'")
  if ((values.output === undefined) === !values['in-place']) throw new UsageError("apply: give either -o <file> or --in-place; run 'bitext apply --help'")
  const jobPath = positionals[0] ?? ''
  const job = readXliffFile(await readText(inCwd(io, jobPath), jobPath), jobPath)
  const targetPath = inCwd(io, values.to)
  const text = await readText(targetPath, values.to)
  const target = await parseDocumentLazily(text, {format: formatFromPath(targetPath)})
  const result = applyToTarget(target, text, job, values.to)
  const output = values.output === undefined ? targetPath : inCwd(io, values.output)
  if (result.text === text) {
    if (output !== targetPath) await copyFile(targetPath, output)
  } else await writeFile(output, result.text)
  io.stderr(`${plural(result.applied.length, 'block')} applied → ${values.output ?? values.to}\n`)
  if (result.untranslated.length > 0) {
    io.stderr(`${plural(result.untranslated.length, 'unit')} left out (untranslated, or in a block with an untranslated unit):\n`)
    for (const unit of result.untranslated) io.stderr(`  ${unit.id}  ${unit.source}\n`)
  }
  if (values.tm !== undefined) await addReviewed(values.tm, io, reviewedUnits(job))
  return 0
}

/** `applyJob`, with a job made against another target reported as bad input. */
function applyToTarget(target: BitextDocument, text: string, job: XliffDocument, name: string) {
  try {
    return applyJob(target, text, job)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new InputError('wrong-target', `${name}: ${error.message.replace('renderEdit: ', '')}`)
  }
}

function readArgs(args: string[]) {
  return parseArguments('apply', {
    args,
    allowPositionals: true,
    options: {
      to: {type: 'string'},
      output: {type: 'string', short: 'o'},
      'in-place': {type: 'boolean'},
      tm: {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    }
  })
}

function inCwd(io: Io, file: string): string {
  return path.resolve(io.cwd, file)
}

async function readText(file: string, name: string): Promise<string> {
  await existing(file, name)
  return readFile(file, 'utf8')
}

async function addReviewed(name: string, io: Io, units: ReturnType<typeof reviewedUnits>) {
  const isUrl = /^postgres(?:ql)?:\/\//i.test(name)
  const memory = await openTranslationMemory(isUrl ? name : inCwd(io, name))
  try {
    const result = await memory.add(units)
    io.stderr(`${plural(result.added, 'reviewed unit')} added, ${plural(result.duplicates, 'duplicate')} skipped → ${name}\n`)
  } finally {
    await memory.close()
  }
}
