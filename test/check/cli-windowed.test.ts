import {spawnSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

const tr = 'fixtures/iskur-international-relations/tr.txt'
const en = 'fixtures/iskur-international-relations/en.txt'
const built = path.resolve('dist/cli.js')
const given = process.env['TMPDIR']

afterEach(() => {
  if (given === undefined) delete process.env['TMPDIR']
  else process.env['TMPDIR'] = given
})

describe('bitext check --windowed', () => {
  it('prints the report of the whole check when one window holds the pair, and leaves no file behind', async () => {
    const spool = mkdtempSync(path.join(tmpdir(), 'bitext-spool-'))
    process.env['TMPDIR'] = spool
    const windowed = await runCli(['check', tr, en, '--format', 'json', '--windowed'])
    const whole = await runCli(['check', tr, en, '--format', 'json'])
    expect(windowed.code).toBe(1)
    expect(windowed.stdout).toBe(whole.stdout)
    expect(windowed.stderr).toBe(whole.stderr)
    expect(readdirSync(spool)).toStrictEqual([])
  })

  it('prints the same findings in every other format', async () => {
    for (const format of ['stylish', 'sarif', 'github', 'junit']) {
      const windowed = await runCli(['check', tr, en, '--format', format, '--windowed'])
      expect([windowed.code, windowed.stdout]).toStrictEqual([1, (await runCli(['check', tr, en, '--format', format])).stdout])
    }
  })

  it('writes the baseline of the whole check, and applies it as the whole check does', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bitext-windowed-'))
    const [windowed, whole] = [path.join(folder, 'windowed.json'), path.join(folder, 'whole.json')]
    expect((await runCli(['check', tr, en, '--windowed', '--write-baseline', windowed])).code).toBe(0)
    expect((await runCli(['check', tr, en, '--write-baseline', whole])).code).toBe(0)
    expect(readFileSync(windowed, 'utf8')).toBe(readFileSync(whole, 'utf8'))
    const applied = await runCli(['check', tr, en, '--windowed', '--baseline', windowed, '--format', 'json'])
    const wholeApplied = await runCli(['check', tr, en, '--baseline', whole, '--format', 'json'])
    expect(applied.code).toBe(0)
    expect((JSON.parse(applied.stdout) as {findings: unknown[]}).findings).toStrictEqual([])
    expect(applied.stdout).toBe(wholeApplied.stdout)
  })

  it('warns that outdated is not checked when given an older source', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'bitext-windowed-'))
    writeFileSync(path.join(folder, 'old-tr.txt'), 'Eski metin.\n')
    const result = await runCli(['check', tr, en, '--windowed', '--since', path.join(folder, 'old-tr.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('bitext: warning: ')
    expect(result.stderr).toContain(`bitext: warning: ${tr}: checked window by window, without \`outdated\``)
  })

  it('deletes what it kept on disk when a reader closes the pipe early, in the built CLI', () => {
    const spool = mkdtempSync(path.join(tmpdir(), 'bitext-spool-'))
    const command = `node ${JSON.stringify(built)} check ${tr} ${en} --windowed --format json | head -c 10`
    const result = spawnSync('bash', ['-c', command], {encoding: 'utf8', env: {...process.env, TMPDIR: spool}})
    expect(result.stdout).toBe('{\n  "versi')
    expect(readdirSync(spool)).toStrictEqual([])
  })

  it('refuses the side-by-side HTML page with exit 2 and one line, in the built CLI', () => {
    const result = spawnSync('node', [built, 'check', tr, en, '--windowed', '--format', 'html'], {encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain('--format html shows a pair under 16 MiB')
  })
})
