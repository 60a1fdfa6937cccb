import process from 'node:process'
import {main} from './main.js'

main(process.argv.slice(2), {
  stdout: (chunk) => process.stdout.write(chunk),
  stderr: (chunk) => process.stderr.write(chunk),
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
