/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: (chunk: string) => void
  /** Resolves once stdout takes more output (a pipe's buffer has drained). Default: at once. */
  stdoutDrained?: () => Promise<void>
  stderr: (chunk: string) => void
  /**
   * Told the exit code as soon as it is known, before the output is written, so that a reader
   * that closes the pipe early (`bitext check … | head`) still gets the code the run would have
   * returned, not a success.
   */
  settle?: (code: number) => void
  /** Whether stdout / stderr are terminals (colour, progress bars). */
  stdoutIsTty: boolean
  stderrIsTty: boolean
  cwd: string
  env: Record<string, string | undefined>
}

/** A usage or input problem: the CLI prints `bitext: <message>` on one line and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** A command: takes its own arguments (after the command name), returns the exit code. */
export type Command = (args: string[], io: Io) => Promise<number>
