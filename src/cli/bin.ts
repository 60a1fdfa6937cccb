import {once} from 'node:events'
import process from 'node:process'
import {tuneCompilerForShortRuns} from './compiler-settings.js'
import {main} from './main.js'

tuneCompilerForShortRuns()

// A reader that stops early (`bitext parse big.md | head -1`) closes the pipe: end quietly, with
// the code the command settled on before writing (a check with errors still exits 1), else 0.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

main(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stdoutDrained: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain')
  },
  stderr: (chunk) => process.stderr.write(chunk),
  settle: (code) => {
    process.exitCode = code
  },
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  env: process.env
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bitext: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
