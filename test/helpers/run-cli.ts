import {main} from '../../src/cli/main.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process (so coverage counts it) with captured output. */
export async function runCli(
  argv: string[],
  options: {cwd?: string; env?: Record<string, string | undefined>} = {}
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
    stdoutIsTty: false,
    stderrIsTty: false,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {}
  })
  return {code, stdout, stderr}
}
