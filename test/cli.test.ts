import {describe, expect, it} from 'vitest'
import {runCli} from './helpers/run-cli.js'

describe('bitext (no command)', () => {
  it('prints the version with --version', async () => {
    const result = await runCli(['--version'])
    expect(result).toStrictEqual({code: 0, stdout: '0.1.0\n', stderr: ''})
  })

  it('prints help with --help and exits 0', async () => {
    const result = await runCli(['--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Usage: bitext <command> [options]')
  })

  it('exits 2 with a one-line error on an unknown command', async () => {
    const result = await runCli(['frobnicate'])
    expect(result).toStrictEqual({
      code: 2,
      stdout: '',
      stderr: "bitext: unknown command 'frobnicate'; run 'bitext --help' for the list\n"
    })
  })

  it('exits 2 with help when no command is given', async () => {
    const result = await runCli([])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('Commands:')
  })
})
