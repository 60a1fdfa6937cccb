import type {Command, Io} from './io.js'
import {fileErrorMessage} from './file-error.js'
import {relativeToCwd} from './relative-paths.js'
import {UsageError} from './io.js'
import {terminalSafe} from '../report/terminal-safe.js'
import {InputError} from '../input-error.js'
import {bitextVersion} from '../version.js'

const help = `bitext — keep two language versions of a document honest with each other

Usage: bitext <command> [options]

Commands:
  parse <file>                 parse a document and print its structure
  align <source> <target>      align two documents (blocks, then sentences)
  check <source> <target>      report divergences (exit 1 when any reach --fail-on)
  report <source> <target>     write a side-by-side HTML report
  tm <subcommand>              translation memory: build, import, export, lookup, …
  job <source> <target>        write the blocks that need work as an XLIFF job
  apply <job> --to <target>    put a translated job back into the target
  init                         write a starter bitext.config.json from the folders found

Options:
  -h, --help                   show help (also after a command: bitext align --help)
  -v, --version                print the version

Exit codes: 0 success, 1 findings at or above --fail-on, 2 usage or input error.
`

/** Loads a command's module only when it is called, so `bitext --help` stays fast. */
const commands: Record<string, () => Promise<Command>> = {
  parse: async () => (await import('./parse.js')).parse,
  align: async () => (await import('./align.js')).align,
  check: async () => (await import('./check.js')).check,
  report: async () => (await import('./report.js')).report,
  tm: async () => (await import('./tm.js')).tm,
  job: async () => (await import('./job.js')).job,
  apply: async () => (await import('./apply.js')).apply,
  init: async () => (await import('./init.js')).init
}

/** Runs the CLI with `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(help)
    return name === undefined ? 2 : 0
  }
  if (name === '-v' || name === '--version') {
    io.stdout(bitextVersion() + '\n')
    return 0
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined
  try {
    if (!load) throw new UsageError(`unknown command '${name}'; run 'bitext --help' for the list`)
    const command = await load()
    return await command(rest, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) {
      io.stderr(`bitext: ${relativeToCwd(error.message, io.cwd)}\n`)
      return 2
    }
    const file = fileErrorMessage(error)
    if (file === undefined) throw error
    io.stderr(`bitext: ${terminalSafe(relativeToCwd(file, io.cwd))}\n`)
    return 2
  }
}

