import {spawnSync} from 'node:child_process'
import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'

/** The built binary (`npm test` builds it first). */
const built = path.resolve('dist/cli.js')

/** A project with one English/Turkish pair whose Turkish side lacks the second paragraph. */
function fixtureRepo(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bitext-ci-'))
  mkdirSync(path.join(root, 'docs/en'), {recursive: true})
  mkdirSync(path.join(root, 'docs/tr'), {recursive: true})
  writeFileSync(path.join(root, 'docs/en/guide.md'), '# Guide\n\nThe office opens at 9.\n\nIt closes at 17.\n')
  writeFileSync(path.join(root, 'docs/tr/guide.md'), '# Kılavuz\n\nOfis 9’da açılır.\n')
  writeFileSync(path.join(root, 'bitext.config.json'), JSON.stringify({pairs: ['docs/{lang}/**/*.md']}))
  return root
}

/** The `run: |` block of the step with `id: <id>` in action.yml, unindented. */
function stepScript(id: string): string {
  const lines = readFileSync('action.yml', 'utf8').split('\n')
  const start = lines.findIndex((line, index) => index > lines.findIndex((l) => l.trim() === `id: ${id}`) && line.trim() === 'run: |')
  const indent = ' '.repeat((lines[start]?.search(/\S/) ?? 0) + 2)
  const body: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith(indent)) break
    body.push(line.slice(indent.length))
  }
  return body.join('\n') + '\n'
}

describe.skipIf(!existsSync(built))('CI integration', () => {
  it("runs the action's check step as a script: SARIF written, the PR annotated, exit 1 on a missing paragraph", () => {
    const root = fixtureRepo()
    const output = path.join(root, 'github-output')
    const result = spawnSync('bash', ['-e', '-c', stepScript('check')], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, GITHUB_ACTION_PATH: process.cwd(), GITHUB_OUTPUT: output, BITEXT_CONFIG: 'bitext.config.json', BITEXT_FAIL_ON: 'error', BITEXT_SARIF: 'bitext.sarif'}
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('::error file=docs/en/guide.md,line=5,col=1,endLine=5,endColumn=17,title=bitext only-in-source::Paragraph has no counterpart in the target\n')
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n')
    const sarif = JSON.parse(readFileSync(path.join(root, 'bitext.sarif'), 'utf8')) as {runs: Array<{results: Array<{ruleId: string}>}>}
    expect(sarif.runs[0]?.results.map((item) => item.ruleId)).toStrictEqual(['only-in-source'])
  })

  it("passes the action's inputs to that step", () => {
    const action = readFileSync('action.yml', 'utf8')
    expect(action).toContain('BITEXT_CONFIG: ${{ inputs.config }}')
    expect(action).toContain('BITEXT_FAIL_ON: ${{ inputs.fail-on }}')
    expect(action).toContain('BITEXT_SARIF: ${{ inputs.sarif }}')
  })

  it("runs the pre-commit hook's entry in a fixture repository: fails on the divergence, passes once it is fixed", () => {
    const root = fixtureRepo()
    mkdirSync(path.join(root, 'node_modules/.bin'), {recursive: true})
    mkdirSync(path.join(root, 'node_modules/bitext'), {recursive: true})
    cpSync('dist', path.join(root, 'node_modules/bitext/dist'), {recursive: true})
    cpSync('package.json', path.join(root, 'node_modules/bitext/package.json'))
    symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules/bitext/node_modules'))
    symlinkSync('../bitext/dist/cli.js', path.join(root, 'node_modules/.bin/bitext'))
    chmodSync(path.join(root, 'node_modules/bitext/dist/cli.js'), 0o755)
    const entry = /^ {2}entry: (.+)$/m.exec(readFileSync('.pre-commit-hooks.yaml', 'utf8'))?.[1] ?? ''
    expect(entry).toBe('npx --no-install bitext check')
    const run = () => spawnSync('sh', ['-c', entry], {cwd: root, encoding: 'utf8'})
    const failing = run()
    expect([failing.status, failing.stderr]).toStrictEqual([1, 'bitext: checked 1 pair, 2 files: 1 error, 0 warnings, 0 info\n'])
    writeFileSync(path.join(root, 'docs/tr/guide.md'), '# Kılavuz\n\nOfis 9’da açılır.\n\n17’de kapanır.\n')
    const passing = run()
    expect([passing.status, passing.stderr]).toStrictEqual([0, 'bitext: checked 1 pair, 2 files: 0 errors, 0 warnings, 0 info\n'])
  })
})
